package org.evsynth.records.io;

import java.util.regex.Pattern;

/**
 * The rule against CSV formula injection (OWASP, "CSV Injection"): a spreadsheet that opens a CSV runs any
 * cell beginning with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and tab or carriage return
 * first can smuggle one in, so a record titled {@code =HYPERLINK("http://...")} would become a live link. Such
 * a cell that is text gets a leading apostrophe, which spreadsheets read as "this is text"; a cell that is a
 * plain number ({@code -5}, {@code +3}, {@code -0.25}, {@code -1.5e3}) stays a number. Text such as
 * {@code -5-7} or {@code -2+3} is not a number and is neutralised, since a spreadsheet would compute it.
 *
 * <p>The rule is reversible, so evsynth reads back exactly what it wrote: a cell that already begins with
 * apostrophes followed by one of those characters gets one more, and {@link #restore} removes exactly one.
 * Every CSV evsynth writes goes through {@link #cell}; quoting for the CSV syntax comes after it.
 */
public final class SpreadsheetSafe {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private SpreadsheetSafe() {
    }

    /** The cell as it may be written to a CSV file; null stays null. */
    public static String cell(String value) {
        if (value == null || !needsApostrophe(value)) {
            return value;
        }
        return "'" + value;
    }

    /** The value a {@link #cell} was made from: one leading apostrophe removed where {@link #cell} adds one. */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'' || !needsApostrophe(cell.substring(1))) {
            return cell;
        }
        return cell.substring(1);
    }

    /** Whether a spreadsheet would take the text for a formula, or it is an already neutralised one. */
    private static boolean needsApostrophe(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char first = value.charAt(i);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return trigger && (i > 0 || !NUMBER.matcher(value).matches());
    }
}
