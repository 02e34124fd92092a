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
 *   "Search Strategy:", rules of dashes, Ovid's column header "# Searches Results Type") is skipped; a line that
 *   does not start with the next number continues the previous one (appendix tables wrap long searches); hit
 *   counts are split off ({@link HitCounts}), also from Ovid's tab-separated history table
 *   ({@code 1<tab>exp Heart Failure/<tab>156362<tab>Advanced}); a row of asterisks or Ovid's "Key:" ends the
 *   strategy. Numbering may skip a few numbers (a line deleted before publication); lines keep the printed
 *   number as their label.</li>
 *   <li><b>Unnumbered</b> (CLEF TAR topics): one search per line, numbered by position.</li>
 *   <li><b>Labelled</b> (narrative PubMed strategies): a bare label line ({@code 1a}) names the search on the
 *   next line; {@code A. 1a and 2b} and {@code Final search: A or B} carry their label in front; a labelled line
 *   followed by a bare label is a section heading, and one followed by an unlabelled line is a description whose
 *   label passes to that line.</li>
 * </ul>
 * Blank lines are ignored in every layout, and so are lines starting with {@code //} (comments, as evsynth's
 * translations write them).
 *
 * <p>Strategies copied from web pages and PDFs carry traces of their typesetting, which are undone before the
 * lines are read: typographic hyphens and dashes ({@code or/1‐15}, as the Cochrane Library's site prints every
 * hyphen) become '-', non-breaking spaces spaces; numbers glued to the search ({@code 1.exp Biguanides/}) or several
 * numbered searches run into one line ({@code 2. cough$.mp. 3. 1 or 2}, or a whole strategy flattened into a
 * paragraph) are taken apart where the numbering continues; headings before the first line ("MEDLINE (Ovid SP)")
 * and between lines ("[Population]", "Part 1:", "[22-32: Cochrane Handbook RCT filter]") are skipped rather than
 * joined to a search.
 */
public final class StrategyLayout {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[-•]\\s*)?#?(\\d+)[.):]?\\s+(.*\\S)\\s*$");
    /** {@code 1.exp Biguanides/}: a number glued to its search by a period, taken only where the numbering runs on. */
    private static final Pattern GLUED = Pattern.compile("^\\s*#?(\\d+)\\.(\\S.*?)\\s*$");
    /** Typographic hyphens, dashes and minus signs, all read as '-'. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    /** A heading between or before searches: all in brackets, or ending in a colon, with no field suffix in it. */
    private static final Pattern HEADING = Pattern.compile("(?i)^\\s*(\\[[^\\]]*]|(?!.*\\.[a-z]{2}(,[a-z]{2})*\\.)"
            + "(?!\\s*(and|or|not)\\b)[^\\[\\]]*\\S:)\\s*$");
    /** A database or interface named on a line of its own before the searches: "MEDLINE (Ovid SP)". */
    private static final Pattern DATABASE = Pattern.compile("(?i)^(?!.*\\.[a-z]{2}(,[a-z]{2})*\\.)(?!.*/\\s*$)[^\\[\\]]*"
            + "\\b(medline|embase|ovid|pubmed|central|cochrane|cinahl|psycinfo|inahta|scopus|web of science)\\b[^\\[\\]]*$");
    private static final Pattern PREAMBLE = Pattern.compile("(?i)^\\s*(database:.*|.*search strateg(y|ies).*"
            + "|#?\\s*[▲▼]?\\s*searches\\s+results.*|[-*=_\\s]+)$");
    /** Ovid prints its records (or a key to the field codes) after a row of asterisks: the strategy ends there. */
    private static final Pattern END = Pattern.compile("(?i)^\\s*(\\*{5,}|key\\s*:.*)\\s*$");
    /** A line kept for the reader only: evsynth's own translations write their comments this way. */
    private static final Pattern COMMENT = Pattern.compile("^\\s*//.*$");
    private static final Pattern OPERATOR_START = Pattern.compile("(?i)^(and|or|not|adj\\d*)\\b.*");
    /** How far printed numbering may jump (a line deleted from a published strategy) and still start a line. */
    private static final int MAX_NUMBER_GAP = 20;
    private static final Pattern BARE_LABEL = Pattern.compile("^\\s*(\\d+[a-z]?|[A-Z])[.)]?\\s*$");
    private static final Pattern SUB_LABEL = Pattern.compile("^\\s*\\d+[a-z][.)]?\\s*$");
    private static final Pattern PREFIX_LABEL = Pattern.compile("^\\s*(\\d+[a-z]?|[A-Z])[.)]?\\s+(.*\\S)\\s*$");
    private static final Pattern NAMED_LABEL = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]*?)\\s*:\\s*(.*\\S)\\s*$");

    private StrategyLayout() {
    }

    /** The search lines of a strategy text. */
    public static List<SourceLine> lines(String text) {
        String plain = SPACES.matcher(DASHES.matcher(text.replace("\uFEFF", "")).replaceAll("-")).replaceAll(" ");
        List<String> raw = new ArrayList<>();
        plain.lines().filter(l -> !l.isBlank() && !COMMENT.matcher(l).matches())
                .forEach(l -> raw.addAll(RunTogether.split(l)));
        if (raw.stream().anyMatch(l -> SUB_LABEL.matcher(l).matches())) {
            return labelled(raw);
        }
        int first = firstNumbered(raw);
        return first >= 0 ? numbered(raw.subList(first, raw.size())) : unnumbered(raw);
    }

    private static int firstNumbered(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            Matcher m = NUMBERED.matcher(raw.get(i));
            Matcher glued = GLUED.matcher(raw.get(i));
            if (m.matches() && m.group(1).equals("1") || glued.matches() && glued.group(1).equals("1")) {
                return i;
            }
            if (!PREAMBLE.matcher(raw.get(i)).matches() && !HEADING.matcher(raw.get(i)).matches()
                    && !DATABASE.matcher(raw.get(i)).matches()) {
                return -1;
            }
        }
        return -1;
    }

    private static List<SourceLine> numbered(List<String> raw) {
        List<StringBuilder> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> tabbedHits = new ArrayList<>();
        int last = 0;
        for (String line : raw) {
            if (END.matcher(line).matches()) {
                break;
            }
            Matcher m = NUMBERED.matcher(line);
            Matcher glued = GLUED.matcher(line);
            int printed = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            String rest = m.matches() ? m.group(2) : null;
            if (printed != last + 1 && glued.matches() && Integer.parseInt(glued.group(1)) == last + 1) {
                printed = last + 1;
                rest = glued.group(2);
            }
            if (printed == last + 1 || printed > last && printed <= last + MAX_NUMBER_GAP
                    && !OPERATOR_START.matcher(rest).matches()) {
                TabbedRow row = TabbedRow.of(rest);
                texts.add(new StringBuilder(row.search()));
                tabbedHits.add(row.hits());
                labels.add(Integer.toString(printed));
                last = printed;
            } else if (!PREAMBLE.matcher(line).matches() && !HEADING.matcher(line).matches()) {
                texts.get(texts.size() - 1).append(' ').append(line.trim());
            }
        }
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            HitCounts.Split split = HitCounts.split(texts.get(i).toString());
            Integer hits = tabbedHits.get(i) != null ? tabbedHits.get(i) : split.hits();
            lines.add(new SourceLine(i + 1, labels.get(i), split.text(), hits));
        }
        return lines;
    }

    /**
     * Ovid's own history table, copied with its columns: number, search, results, type ("Advanced"), actions.
     * A line without tabs is all search.
     */
    private record TabbedRow(String search, Integer hits) {

        static TabbedRow of(String rest) {
            if (rest.indexOf('\t') < 0) {
                return new TabbedRow(rest, null);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : rest.split("\t")) {
                if (!cell.isBlank()) {
                    cells.add(cell.trim());
                }
            }
            for (int i = 1; i < cells.size(); i++) {
                if (cells.get(i).matches("\\d[\\d,]*")) {
                    return new TabbedRow(String.join(" ", cells.subList(0, i)),
                            Integer.valueOf(cells.get(i).replace(",", "")));
                }
            }
            return new TabbedRow(String.join(" ", cells), null);
        }
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
