package org.evsynth.app.cli.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the words of the protocol's eligibility criteria in a record's text, so a screener's eye finds them: words
 * of the question and the inclusion criteria in bold green, of the exclusion criteria in bold red (on a terminal),
 * or as *include* and _exclude_ in plain text. A word matches any word it begins ("shock" marks "shocked").
 */
final class Highlighter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> STOP = Set.of("with", "without", "from", "that", "this", "than", "were", "which",
            "their", "there", "other", "only", "into", "over", "under", "also", "have", "been", "more", "less",
            "after", "before", "during", "about", "adults", "patients", "study", "studies", "trial", "trials",
            "any", "and", "not", "the", "for", "who");
    private static final String GREEN = "\u001B[1;32m";
    private static final String RED = "\u001B[1;31m";
    private static final String RESET = "\u001B[0m";

    private final Set<String> include;
    private final Set<String> exclude;
    private final Pattern includePattern;
    private final Pattern excludePattern;

    Highlighter(Set<String> include, Set<String> exclude) {
        this.include = include;
        this.exclude = exclude;
        this.includePattern = pattern(include);
        this.excludePattern = pattern(exclude);
    }

    /** The words of the protocol's question and eligibility criteria. */
    static Highlighter of(String protocolYaml) {
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        try {
            JsonNode root = YAML.readTree(protocolYaml);
            if (root != null) {
                JsonNode q = root.path("question");
                for (String key : List.of("population", "intervention", "comparator", "outcomes")) {
                    words(q.path(key), include);
                }
                words(root.path("eligibility").path("include"), include);
                words(root.path("eligibility").path("exclude"), exclude);
            }
        } catch (IOException e) {
            // the review has checked the protocol on opening; without criteria there is nothing to mark
        }
        exclude.removeAll(include);
        return new Highlighter(include, exclude);
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

    private static Pattern pattern(Set<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        return Pattern.compile(words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?iu)(?<![\\p{L}\\p{N}])(?:", ")[\\p{L}\\p{N}]*")));
    }

    Set<String> include() {
        return include;
    }

    Set<String> exclude() {
        return exclude;
    }

    /** The line with the criteria's words marked. */
    String mark(String line, boolean ansi) {
        String out = mark(line, excludePattern, ansi ? RED : "_", ansi ? RESET : "_");
        return mark(out, includePattern, ansi ? GREEN : "*", ansi ? RESET : "*");
    }

    private static String mark(String line, Pattern p, String open, String close) {
        if (p == null) {
            return line;
        }
        Matcher m = p.matcher(line);
        return m.replaceAll(r -> Matcher.quoteReplacement(open + r.group() + close));
    }
}
