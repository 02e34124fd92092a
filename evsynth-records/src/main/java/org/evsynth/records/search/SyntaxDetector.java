package org.evsynth.records.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells from one search line which database interface's syntax it is written in, by the constructs only that
 * interface uses (after the syntax table of Polyglot, IEBH/sra-polyglot v4): PubMed's bracketed tags, Ovid's field
 * suffixes, {@code adjN}, {@code Heading/} and {@code or/1-3}, the Cochrane Library's
 * {@code MeSH descriptor:} and {@code [mh ...]}, Embase.com's {@code 'heading'/exp} and {@code :ti,ab},
 * Scopus's {@code TITLE-ABS-KEY(...)} and {@code W/n}, Web of Science's {@code TS=}. A line with none of them
 * ({@code heart failure}, {@code #1 OR #2}) is neutral and takes the strategy's interface.
 */
public final class SyntaxDetector {

    /**
     * What gave a line away.
     *
     * @param interfaceName the interface, as people name it ("Cochrane Library")
     * @param dialect       the dialect evsynth runs it as, or null when evsynth does not run that interface
     * @param column        1-based column of the telling construct
     * @param evidence      the construct
     */
    public record Detection(String interfaceName, Dialect dialect, int column, String evidence) {
    }

    private static final Object[][] RULES = {
        {"Cochrane Library", null, Pattern.compile("(?i)MeSH descriptor\\s*:|\\[mh\\s*\\^?\\s*[\"\\p{L}/]|\\{\\s*(OR|AND)\\s+#"
                + "|:ti,ab,kw\\b|(?-i:\\bNEXT\\b)(?!/)")},
        {"Embase.com", null, Pattern.compile("'[^']+'\\s*/\\s*(exp|de|mj|syn|br)\\b|\\bNEXT/\\d+"
                + "|[\\p{L}*)]:(ti|ab|kw|de|tn|dn|lnk|it|au|so)(,(ti|ab|kw|de|tn|dn|lnk|it))*\\b")},
        {"Scopus", null, Pattern.compile("\\b(TITLE-ABS-KEY|TITLE-ABS|AUTHKEY|INDEXTERMS|SRCTITLE|PUBYEAR|TITLE|ABS|KEY)"
                + "\\s*\\(|\\bW/\\d+|\\bPRE/\\d+")},
        {"Web of Science", null, Pattern.compile("\\b(TS|TI|AB|AU|SO|PY|DO|AK|KP|ALL)\\s*=\\s*\\S")},
        {"Cochrane Library", null, Pattern.compile("\\bNEAR/\\d+")},
    };
    private static final Pattern PUBMED_TAG = Pattern.compile("\\[([^\\[\\]]+)]");
    private static final Pattern OVID = Pattern.compile("(?i)\\.\\s?[a-z]{2}(\\s*,\\s*[a-z]{2})*\\.?(?=$|[\\s)\\[/])"
            + "|\\badj\\d*\\b|\\b(or|and)/\\s*#?\\d|^\\s*limit\\s+#?\\d+\\s+to\\b|[\\p{L})\"]\\s?/\\s*($|[a-z]{2}\\b|\\[)"
            + "|^\\s*exp\\s|\\p{L}\\$");

    private SyntaxDetector() {
    }

    /** The interface the line is written for, or null when nothing in it tells. */
    public static Detection detect(String line) {
        for (Object[] rule : RULES) {
            Matcher m = ((Pattern) rule[2]).matcher(line);
            if (m.find()) {
                return new Detection((String) rule[0], (Dialect) rule[1], m.start() + 1, m.group().trim());
            }
        }
        Matcher tag = PUBMED_TAG.matcher(line);
        while (tag.find()) {
            if (PubMedTags.isKnown(tag.group(1))) {
                return new Detection("PubMed", Dialect.PUBMED, tag.start() + 1, tag.group());
            }
        }
        Matcher ovid = OVID.matcher(line);
        while (ovid.find()) {
            String found = ovid.group();
            if (!found.startsWith(".") || FieldCodes.isKnown(found.replaceAll("[^A-Za-z,]", "").split(",")[0])) {
                return new Detection("Ovid", Dialect.OVID, ovid.start() + 1, found.trim());
            }
        }
        return null;
    }
}
