package org.evsynth.review;

/**
 * A text cell of a CSV file evsynth writes, safe to open in a spreadsheet: a cell that begins with = + - @, a tab or
 * a carriage return would be read as a formula (CSV injection), so it is prefixed with an apostrophe, as OWASP
 * recommends. Reading such a file back removes the apostrophe again.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The text as written to a cell; null as an empty cell. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A cell as read back: the apostrophe {@link #text} added removed. */
    public static String read(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
