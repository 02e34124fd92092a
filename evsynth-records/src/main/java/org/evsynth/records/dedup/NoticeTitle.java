package org.evsynth.records.dedup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of the paper a correction notice corrects, as each database writes it into the notice's own title:
 * "Corrigendum to “X” (Ecological Engineering (2017) 104 (150–157), ...)" (Scopus), "X (vol 104, pg 150,
 * 2017)" (Web of Science), "Erratum: X" and "Correction to: X" (publishers, PubMed), "Erratum to 'X' [J 12
 * (2017) 1-2]" (Elsevier via Embase), "X (Erratum)". Two records of one notice from two databases agree on it
 * while their titles do not, so errata are compared on it.
 */
final class NoticeTitle {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:notice of )?(?:author |publisher |editorial )?(?:erratum|errata|corrigendum|corrigenda|correction)s?"
                    + "(?:\\s+(?:to|for|on|of|notice))?\\s*(?::|\\.(?=\\s|$)|-|–)?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Web of Science's reference to the corrected paper: "(vol 104, pg 150, 2017)", "(vol 12, art no 3, 2019)". */
    static final Pattern WOS_CITATION = Pattern.compile(
            "\\s*\\((?:[^()]*,\\s*)?vol\\.?\\s+[^,()]+(?:,\\s*[^,()]+)*?,\\s*(?:1[89]|20)\\d\\d\\)\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)");
    private static final Pattern TRAILING_LABEL = Pattern.compile("\\s*[(\\[](?:erratum|correction)[)\\]]\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final String OPENING_QUOTES = "“\"'‘«„";
    private static final String CLOSING_QUOTES = "”\"'’»“";

    private NoticeTitle() {
    }

    /** The corrected paper's title in a notice's title, "" when the notice names none ("Erratum."). */
    static String correctedTitle(String noticeTitle) {
        if (noticeTitle == null) {
            return "";
        }
        String t = noticeTitle.strip();
        Matcher prefix = PREFIX.matcher(t);
        if (prefix.lookingAt() && prefix.end() > 0) {
            t = t.substring(prefix.end()).strip();
        }
        String quoted = quotedPart(t);
        if (quoted != null) {
            return quoted;
        }
        t = TRAILING_LABEL.matcher(t).replaceFirst("");
        t = WOS_CITATION.matcher(t).replaceFirst("");
        return withoutTrailingCitation(t).strip();
    }

    /** The text between a title's opening quote and the last matching closing quote, or null. */
    private static String quotedPart(String t) {
        if (t.isEmpty() || OPENING_QUOTES.indexOf(t.charAt(0)) < 0) {
            return null;
        }
        char open = t.charAt(0);
        char close = CLOSING_QUOTES.charAt(OPENING_QUOTES.indexOf(open));
        int end = Math.max(t.lastIndexOf(close), open == '“' ? t.lastIndexOf('"') : -1);
        if (end <= 1) {
            return null;
        }
        String inside = t.substring(1, end).strip();
        return inside.isEmpty() ? null : inside;
    }

    /**
     * The title without a last bracketed group that cites the corrected paper by year ("[J 12 (2017) 1-2]",
     * "(Estuaries and Coasts, (2018), 41, 8, (2212-2225))"); the group is found by matching brackets from the
     * end, so a parenthesis earlier in the title is left alone.
     */
    private static String withoutTrailingCitation(String t) {
        String s = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        if (s.isEmpty() || s.charAt(s.length() - 1) != ')' && s.charAt(s.length() - 1) != ']') {
            return t;
        }
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            depth += c == ')' || c == ']' ? 1 : c == '(' || c == '[' ? -1 : 0;
            if (depth == 0) {
                return i > 0 && YEAR.matcher(s.substring(i)).find() ? s.substring(0, i) : t;
            }
        }
        return t;
    }
}
