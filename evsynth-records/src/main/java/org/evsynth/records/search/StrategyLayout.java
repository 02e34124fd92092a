package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the search lines in a strategy text, in the three layouts strategies are published in.
 *
 * <ul>
 *   <li><b>Numbered</b> (Ovid's own export, NICE and Cochrane appendices): {@code 1 exp Heart Failure/ 156362},
 *   {@code - 2 (heart adj4 failure).tw. 237316}, {@code 3. 1 or 2}. A preamble ("Database: ...",
 *   "Search Strategy:", rules of dashes) is skipped; a line that does not start with the next number continues
 *   the previous one (appendix tables wrap long searches); hit counts are split off ({@link HitCounts}).</li>
 *   <li><b>Unnumbered</b> (CLEF TAR topics): one search per line, numbered by position.</li>
 *   <li><b>Labelled</b> (narrative PubMed strategies): a bare label line ({@code 1a}) names the search on the
 *   next line; {@code A. 1a and 2b} and {@code Final search: A or B} carry their label in front; a labelled line
 *   followed by a bare label is a section heading, and one followed by an unlabelled line is a description whose
 *   label passes to that line.</li>
 * </ul>
 */
public final class StrategyLayout {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[-•]\\s*)?#?(\\d+)[.):]?\\s+(.*\\S)\\s*$");
    private static final Pattern PREAMBLE =
            Pattern.compile("(?i)^\\s*(database:.*|.*search strateg(y|ies).*|[-*=_\\s]+)$");
    private static final Pattern BARE_LABEL = Pattern.compile("^\\s*(\\d+[a-z]?|[A-Z])[.)]?\\s*$");
    private static final Pattern SUB_LABEL = Pattern.compile("^\\s*\\d+[a-z][.)]?\\s*$");
    private static final Pattern PREFIX_LABEL = Pattern.compile("^\\s*(\\d+[a-z]?|[A-Z])[.)]?\\s+(.*\\S)\\s*$");
    private static final Pattern NAMED_LABEL = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]*?)\\s*:\\s*(.*\\S)\\s*$");

    private StrategyLayout() {
    }

    /** The search lines of a strategy text. */
    public static List<SourceLine> lines(String text) {
        List<String> raw = text.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
        if (raw.stream().anyMatch(l -> SUB_LABEL.matcher(l).matches())) {
            return labelled(raw);
        }
        int first = firstNumbered(raw);
        return first >= 0 ? numbered(raw.subList(first, raw.size())) : unnumbered(raw);
    }

    private static int firstNumbered(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            Matcher m = NUMBERED.matcher(raw.get(i));
            if (m.matches() && m.group(1).equals("1")) {
                return i;
            }
            if (!PREAMBLE.matcher(raw.get(i)).matches()) {
                return -1;
            }
        }
        return -1;
    }

    private static List<SourceLine> numbered(List<String> raw) {
        List<StringBuilder> texts = new ArrayList<>();
        for (String line : raw) {
            Matcher m = NUMBERED.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) == texts.size() + 1) {
                texts.add(new StringBuilder(m.group(2)));
            } else if (!PREAMBLE.matcher(line).matches()) {
                texts.get(texts.size() - 1).append(' ').append(line.trim());
            }
        }
        List<SourceLine> lines = new ArrayList<>();
        for (StringBuilder t : texts) {
            HitCounts.Split split = HitCounts.split(t.toString());
            int number = lines.size() + 1;
            lines.add(new SourceLine(number, Integer.toString(number), split.text(), split.hits()));
        }
        return lines;
    }

    private static List<SourceLine> unnumbered(List<String> raw) {
        List<SourceLine> lines = new ArrayList<>();
        for (String line : raw) {
            int number = lines.size() + 1;
            lines.add(new SourceLine(number, Integer.toString(number), line.trim(), null));
        }
        return lines;
    }

    private static List<SourceLine> labelled(List<String> raw) {
        List<SourceLine> lines = new ArrayList<>();
        String pending = null;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            String next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            Matcher bare = BARE_LABEL.matcher(line);
            Optional<String[]> prefixed = prefixLabel(line);
            if (bare.matches()) {
                pending = bare.group(1);
            } else if (prefixed.isPresent()) {
                if (next == null || prefixLabel(next).isPresent()) {
                    lines.add(new SourceLine(lines.size() + 1, prefixed.get()[0], prefixed.get()[1], null));
                } else if (!BARE_LABEL.matcher(next).matches()) {
                    pending = prefixed.get()[0];
                }
            } else if (pending != null) {
                lines.add(new SourceLine(lines.size() + 1, pending, line.trim(), null));
                pending = null;
            } else if (next == null || !prefixLabel(next).isPresent() && !BARE_LABEL.matcher(next).matches()) {
                int number = lines.size() + 1;
                lines.add(new SourceLine(number, Integer.toString(number), line.trim(), null));
            }
        }
        return lines;
    }

    private static Optional<String[]> prefixLabel(String line) {
        for (Pattern p : new Pattern[] {PREFIX_LABEL, NAMED_LABEL}) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return Optional.of(new String[] {m.group(1).trim(), m.group(2)});
            }
        }
        return Optional.empty();
    }
}
