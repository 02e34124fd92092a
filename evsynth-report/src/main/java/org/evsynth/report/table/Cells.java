package org.evsynth.report.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.evsynth.report.format.Texts;

/**
 * The cells of one row, parsed with messages that name the file, line and column. A number must be written as a
 * plain decimal (an exponent is allowed): Java would also read "0x1p3" as 8, "NaN", "Infinity" and "1d", and turn
 * "1e-400" into 0 without a word. A count (events, totals, group sizes) must be a whole number.
 */
record Cells(String file, long line, Map<String, String> values) {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** The columns that count events or people. */
    private static final Set<String> COUNTS = Set.of("events_1", "total_1", "events_2", "total_2", "n_1", "n_2",
            "events", "total");

    String text(String column) {
        return values.get(column);
    }

    double number(String column) throws InputException {
        String cell = values.get(column);
        if (cell == null || cell.isEmpty()) {
            throw problem(column, "the cell is empty; a number is needed");
        }
        if (!DECIMAL.matcher(cell).matches()) {
            throw problem(column, "'" + Texts.cell(cell) + "' is not a number"
                    + (cell.toLowerCase(java.util.Locale.ROOT).contains("0x") ? " (hexadecimal is not read)" : ""));
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            throw problem(column, "'" + cell + "' is too large to compute with");
        }
        if (Math.abs(value) < Double.MIN_NORMAL && new BigDecimal(cell).signum() != 0) {
            throw problem(column, "'" + cell + "' is too close to 0 to compute with (below 2.2e-308, it would be "
                    + "read as " + (value == 0 ? "0" : "a number with lost digits") + ")");
        }
        if (COUNTS.contains(column) && value != Math.rint(value)) {
            throw problem(column, "'" + cell + "' is not a whole number; " + column + " is a count");
        }
        return value;
    }

    InputException problem(String column, String message) {
        return InputException.at(file, line, column, message);
    }
}
