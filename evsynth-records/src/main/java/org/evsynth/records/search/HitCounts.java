package org.evsynth.records.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the hit count that search histories print after each line (Ovid's export "(1234)", NICE's
 * appendix tables "Heart Failure/ 156362", even glued "Shock, Cardiogenic/11823", ".tw.255205",
 * "(flow AND pump*))11" or "(Heart-Assist Devices)[mh]49") from the search itself.
 *
 * <p>A trailing number is a count only if it cannot be the right operand of an operator: in {@code 29 not 30}
 * the 30 is a line reference, in {@code 12 or 13 255698} the 255698 is a count.
 */
final class HitCounts {

    private static final Pattern IN_PARENS = Pattern.compile("^(.*\\S)\\s+\\((\\d[\\d,]*)\\)\\s*$");
    private static final Pattern SEPARATE = Pattern.compile("^(.*\\S)\\s+(\\d[\\d,]*)\\s*$");
    private static final Pattern AFTER_HEADING = Pattern.compile("^(.*[^/\\s](?<!\\bor|\\band)/)(\\d+)\\s*$");
    private static final Pattern AFTER_FIELD = Pattern.compile("^(.*\\.[A-Za-z]{2}(?:,[A-Za-z]{2})*\\.)(\\d+)\\s*$");
    /** No search ends in a closing parenthesis or bracket with digits glued to it: those digits are the count. */
    private static final Pattern AFTER_CLOSE = Pattern.compile("^(.*[)\\]])(\\d[\\d,]*)\\s*$");
    /** Text before a trailing number that makes it an operand: {@code 29 not 30}, {@code yr=1980 - 2005}. */
    private static final Pattern ENDS_WITH_OPERATOR = Pattern.compile("(?i).*(\\b(and|or|not|adj\\d*|from|to|dedup|near/\\d+|next)|[-=:])$");

    private HitCounts() {
    }

    /** The search text and the count, or the text unchanged and a null count. */
    record Split(String text, Integer hits) {
    }

    static Split split(String text) {
        for (Pattern p : new Pattern[] {IN_PARENS, AFTER_HEADING, AFTER_FIELD, AFTER_CLOSE}) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                return new Split(m.group(1).trim(), parse(m.group(2)));
            }
        }
        Matcher m = SEPARATE.matcher(text);
        if (m.matches() && !ENDS_WITH_OPERATOR.matcher(m.group(1)).matches()) {
            return new Split(m.group(1).trim(), parse(m.group(2)));
        }
        return new Split(text.trim(), null);
    }

    private static Integer parse(String digits) {
        return Integer.valueOf(digits.replace(",", ""));
    }
}
