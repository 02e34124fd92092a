package org.evsynth.records.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells from one search line which database interface's syntax it is written in, by the constructs only that
 * interface uses (after the syntax table of Polyglot, IEBH/sra-polyglot v4): PubMed's bracketed tags, Ovid's field
 * suffixes, {@code adjN}, {@code Heading/} and {@code or/1-3}, the Cochrane Library's {@code MeSH descriptor:},
 * {@code [mh ...]}, {@code {OR #1-#3}}, {@code NEXT} and its {@code in Trials} restrictions, Embase.com's
 * {@code 'heading'/exp}, {@code [embase]/lim} and {@code NEXT/n}, Scopus's {@code TITLE-ABS-KEY(...)} and
 * {@code W/n}, Web of Science's {@code TS=}. Both the Cochrane Library and Embase.com qualify fields with a colon
 * ({@code :ti,ab,kw}) and write {@code NEAR/n}: a line with only those is {@linkplain Detection#colonFamily() of
 * either}, and the rest of the strategy decides which. A line with none of them ({@code heart failure},
 * {@code #1 OR #2}) is neutral and takes the strategy's interface. Text in quotes tells nothing
 * ({@code exp "clinical trial [publication type]"/} is Ovid).
 */
public final class SyntaxDetector {

    /**
     * What gave a line away.
     *
     * @param interfaceName the interface, as people name it ("Cochrane Library")
     * @param dialect       the dialect evsynth runs it as, or null when evsynth does not run that interface
     * @param column        1-based column of the telling construct
     * @param evidence      the construct
     * @param colonFamily   true when the construct is the Cochrane Library's and Embase.com's alike; the dialect
     *                      is then the Cochrane Library's until the strategy says otherwise
     */
    public record Detection(String interfaceName, Dialect dialect, int column, String evidence, boolean colonFamily) {
    }

    private static final String QUOTE = "[\"“”‘’']";
    private static final Pattern COCHRANE = Pattern.compile("(?i)MeSH\\s+descriptor\\b|\\[\\s*mh\\s*\\^?\\s*(" + QUOTE
            + "|[\\p{L}/])|\\{\\s*(OR|AND)\\s+#|(?-i:\\bNEXT\\b)(?!\\s*/)|:\\s*ky\\b"
            + "|\\bwith\\s+(Cochrane\\s+Library\\s+publication\\s+date|publication\\s+year)\\s+(between|from)\\b"
            + "|\\bin\\s+(Trials|Cochrane\\s+(Reviews|Protocols))\\s*(\\(word variations have been searched\\))?\\s*$");
    private static final Pattern EMBASE = Pattern.compile("(?i)" + QUOTE + "\\s*/\\s*(exp|de|mj|syn|br)\\b"
            + "|[\\p{L}*)]\\s*/(exp|mj)\\b|\\bNEXT\\s*/\\s*\\d+|\\]\\s*/\\s*(lim|py|sd)\\b"
            + "|[\\p{L}*)" + QUOTE.substring(1, QUOTE.length() - 1) + "]:(de|tn|dn|lnk|it|tt|mn|df)\\b");
    private static final Pattern COLON_FAMILY = Pattern.compile("(?i)[\\p{L}\\d*?)" + QUOTE.substring(1, QUOTE.length() - 1)
            + "]:\\s?(ti|ab|kw|au|so|pt)(\\s*,\\s*(ti|ab|kw|au|so|pt|de|tn))*\\b|\\bNEAR\\s*/\\s*\\d+");
    private static final Object[][] FOREIGN = {
        {"Scopus", Pattern.compile("\\b(TITLE-ABS-KEY|TITLE-ABS|AUTHKEY|INDEXTERMS|SRCTITLE|PUBYEAR|TITLE|ABS|KEY)"
                + "\\s*\\(|\\bW/\\d+|\\bPRE/\\d+")},
        {"Web of Science", Pattern.compile("\\b(TS|TI|AB|AU|SO|PY|DO|AK|KP|ALL)\\s*=\\s*\\S")},
    };
    private static final Pattern PUBMED_TAG = Pattern.compile("\\[([^\\[\\]]+)]");
    private static final Pattern OVID = Pattern.compile("(?i)\\.\\s?[a-z]{2}(\\s*,\\s*[a-z]{2})*\\.?(?=$|[\\s)\\[/])"
            + "|\\badj\\d*\\b|\\b(or|and)/\\s*#?\\d|^\\s*limit\\s+#?\\d+\\s+to\\b|[\\p{L})\"]\\s?/\\s*($|[a-z]{2}\\b|\\[)"
            + "|^\\s*exp\\s|\\p{L}\\$");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    private SyntaxDetector() {
    }

    /** The interface the line is written for, or null when nothing in it tells. */
    public static Detection detect(String line) {
        String text = blankQuotes(line);
        for (Object[] rule : FOREIGN) {
            Matcher m = ((Pattern) rule[1]).matcher(text);
            if (m.find()) {
                return found((String) rule[0], null, m, false);
            }
        }
        Matcher cochrane = COCHRANE.matcher(line);
        if (cochrane.find()) {
            return found("Cochrane Library", Dialect.COCHRANE, cochrane, false);
        }
        Matcher embase = EMBASE.matcher(line);
        if (embase.find()) {
            return found("Embase.com", Dialect.EMBASE_COM, embase, false);
        }
        Matcher tag = PUBMED_TAG.matcher(text);
        while (tag.find()) {
            if (PubMedTags.isKnown(tag.group(1))) {
                return found("PubMed", Dialect.PUBMED, tag, false);
            }
        }
        Matcher ovid = OVID.matcher(text);
        while (ovid.find()) {
            String found = ovid.group();
            if (!found.startsWith(".") || FieldCodes.isKnown(found.replaceAll("[^A-Za-z,]", "").split(",")[0])) {
                return found("Ovid", Dialect.OVID, ovid, false);
            }
        }
        Matcher colon = COLON_FAMILY.matcher(line);
        if (colon.find()) {
            return found("Cochrane Library or Embase.com", Dialect.COCHRANE, colon, true);
        }
        return null;
    }

    private static Detection found(String name, Dialect dialect, Matcher m, boolean family) {
        return new Detection(name, dialect, m.start() + 1, m.group().trim(), family);
    }

    /** The line with the inside of double quotes blanked, so a phrase never passes for syntax. */
    private static String blankQuotes(String line) {
        Matcher m = QUOTED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().charAt(0)
                    + " ".repeat(m.group().length() - 2) + m.group().charAt(m.group().length() - 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
