package org.evsynth.report.table;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.evsynth.report.format.CellText;

/**
 * The text of a table that was read, kept as its bytes, from which any row's cells are read again when asked for:
 * a table of a million studies keeps its file and the position of each row, not a string per cell.
 *
 * @param bytes the file's bytes
 * @param charset how they are decoded
 * @param header the columns, in file order
 * @param columns each column's position in a row
 */
record TableText(byte[] bytes, Charset charset, List<String> header, Map<String, Integer> columns) {

    /** The cell in a column of the row that starts at this position, or null if the table has no such column. */
    String cell(int rowStart, String column) {
        Integer cell = columns.get(column);
        return cell == null ? null : CellText.csvQuietly(CsvScanner.cell(bytes, rowStart, charset, cell));
    }

    /** The row that starts at this position, read again. */
    CsvScanner scan(int rowStart) {
        CsvScanner scanner = new CsvScanner(bytes, rowStart, charset, header.size());
        try {
            scanner.next();
        } catch (CsvScanner.Malformed e) {
            throw new IllegalStateException("a row that was read once reads again", e);
        }
        return scanner;
    }
}
