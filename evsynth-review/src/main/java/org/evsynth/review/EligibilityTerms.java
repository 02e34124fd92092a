package org.evsynth.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a protocol's question and eligibility criteria, to mark in a record's text so that a screener's eye
 * finds them (as Rayyan and Covidence highlight keywords): the words of the question ({@code question.population},
 * {@code intervention}, {@code comparator}, {@code outcomes}) and of {@code eligibility.include} for inclusion, of
 * {@code eligibility.exclude} for exclusion (a word in both counts for inclusion). Words shorter than three letters
 * and common words ("with", "patients", "trial") are left out; a word matches any word it begins, in any letter case
 * ("shock" marks "Shocked").
 *
 * <p>{@link #spans} cuts a text into plain and marked pieces; the terminal and the web app each render the pieces in
 * their own way (the web app escapes each piece, so a record's text never becomes markup).
 */
public final class EligibilityTerms {

    /** How a piece of text is marked. */
    public enum Kind { PLAIN, INCLUDE, EXCLUDE }

    /**
     * A piece of a text: the pieces of a text, in order, make it up exactly.
     *
     * @param text the piece, as it stands in the text
     * @param kind plain, or a word of the inclusion or the exclusion criteria
     */
    public record Span(String text, Kind kind) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> STOP = Set.of("with", "without", "from", "that", "this", "than", "were", "which",
            "their", "there", "other", "only", "into", "over", "under", "also", "have", "been", "more", "less",
            "after", "before", "during", "about", "adults", "patients", "study", "studies", "trial", "trials",
            "any", "and", "not", "the", "for", "who");
    private static final List<String> QUESTION = List.of("population", "intervention", "comparator", "outcomes");
    private static final EligibilityTerms NONE = new EligibilityTerms(Set.of(), Set.of());

    private final Set<String> include;
    private final Set<String> exclude;
    private final Pattern pattern;

    private EligibilityTerms(Set<String> include, Set<String> exclude) {
        this.include = Collections.unmodifiableSet(include);
        this.exclude = Collections.unmodifiableSet(exclude);
        this.pattern = pattern(include, exclude);
    }

    /** The terms of the protocol's question and criteria; none when it has neither. */
    public static EligibilityTerms of(Protocol protocol) {
        JsonNode root;
        try {
            root = YAML.readTree(protocol.yaml());
        } catch (IOException e) {
            return NONE; // the protocol was parsed when it was stored; there is nothing to mark without criteria
        }
        if (root == null) {
            return NONE;
        }
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        for (String key : QUESTION) {
            words(root.path("question").path(key), include);
        }
        words(root.path("eligibility").path("include"), include);
        words(root.path("eligibility").path("exclude"), exclude);
        exclude.removeAll(include);
        return new EligibilityTerms(include, exclude);
    }

    private static void words(JsonNode node, Set<String> into) {
        if (node.isArray()) {
            node.forEach(n -> words(n, into));
        } else if (node.isTextual()) {
            for (String w : node.asText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    into.add(w);
                }
            }
        }
    }

    /** One pattern with a group per kind; longer words first, so "shocked" wins over "shock" where both are. */
    private static Pattern pattern(Set<String> include, Set<String> exclude) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?<exclude>" + alternatives(exclude)
                + ")|(?<include>" + alternatives(include) + "))[\\p{L}\\p{N}]*");
    }

    private static String alternatives(Set<String> words) {
        // an empty set must match nothing: a lookahead that always fails
        return words.isEmpty() ? "(?!)" : words.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The words marking inclusion, in the protocol's order. */
    public Set<String> include() {
        return include;
    }

    /** The words marking exclusion, in the protocol's order. */
    public Set<String> exclude() {
        return exclude;
    }

    /** The text cut into plain and marked pieces; empty for null or empty text. */
    public List<Span> spans(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (pattern == null) {
            return List.of(new Span(text, Kind.PLAIN));
        }
        List<Span> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Span(text.substring(at, m.start()), Kind.PLAIN));
            }
            out.add(new Span(m.group(), m.group("exclude") != null ? Kind.EXCLUDE : Kind.INCLUDE));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at), Kind.PLAIN));
        }
        return out;
    }
}
