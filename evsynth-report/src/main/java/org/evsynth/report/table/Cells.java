package org.evsynth.report.table;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.evsynth.report.format.Texts;

/**
 * The cells of the record a scanner has just read, parsed with messages that name the file, line and column. A number
 * must be written as a plain decimal (an exponent is allowed): Java would also read "0x1p3" as 8, "NaN", "Infinity"
 * and "1d", and turn "1e-400" into 0 without a word. A count (events, totals, group sizes) must be a whole number.
 * Most cells are read in place ({@link PlainDecimal}); the rest, and every cell in error, from their text.
 */
final class Cells {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** The columns that count events or people. */
    private static final Set<String> COUNTS = Set.of("events_1", "total_1", "events_2", "total_2", "n_1", "n_2",
            "events", "total");

    private final String file;
    private final CsvScanner record;
    private final Map<String, Integer> columns;

    Cells(String file, CsvScanner record, Map<String, Integer> columns) {
        this.file = file;
        this.record = record;
        this.columns = columns;
    }

    String file() {
        return file;
    }

    long line() {
        return record.line();
    }

    /** The cell's text, or null if the table has no such column. */
    String text(String column) {
        Integer cell = columns.get(column);
        return cell == null ? null : record.text(cell);
    }

    double number(String column) throws InputException {
        Integer cell = columns.get(column);
        if (cell != null && !record.isQuoted(cell)) {
            double value = PlainDecimal.parse(record.bytes(), record.start(cell), record.end(cell));
            if (!Double.isNaN(value)) {
                return checkCount(column, value);
            }
        }
        return number(column, text(column));
    }

    private double number(String column, String cell) throws InputException {
        if (cell == null || cell.isEmpty()) {
            throw problem(column, "the cell is empty; a number is needed");
        }
        if (!DECIMAL.matcher(cell).matches()) {
            throw problem(column, "'" + Texts.cell(cell) + "' is not a number"
                    + (cell.toLowerCase(Locale.ROOT).contains("0x") ? " (hexadecimal is not read)" : ""));
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            throw problem(column, "'" + cell + "' is too large to compute with");
        }
        if (Math.abs(value) < Double.MIN_NORMAL && new BigDecimal(cell).signum() != 0) {
            throw problem(column, "'" + cell + "' is too close to 0 to compute with (below 2.2e-308, it would be "
                    + "read as " + (value == 0 ? "0" : "a number with lost digits") + ")");
        }
        return checkCount(column, value);
    }

    private double checkCount(String column, double value) throws InputException {
        if (COUNTS.contains(column) && value != Math.rint(value)) {
            throw problem(column, "'" + text(column) + "' is not a whole number; " + column + " is a count");
        }
        return value;
    }

    InputException problem(String column, String message) {
        return InputException.at(file, record.line(), column, message);
    }
}
