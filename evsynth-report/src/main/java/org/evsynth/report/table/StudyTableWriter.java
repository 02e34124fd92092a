package org.evsynth.report.table;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.records.io.SpreadsheetSafe;

/**
 * Writes a study table in the input format {@link StudyTableReader} reads: a header row, then a row per study. A
 * text cell a spreadsheet would run as a formula ({@code =HYPERLINK(...)}) gets a leading apostrophe
 * ({@link SpreadsheetSafe}), which the reader takes off again; numbers are written as they are.
 */
public final class StudyTableWriter {

    private StudyTableWriter() {
    }

    /**
     * Writes the rows under the header {@code study} and the columns.
     *
     * @throws IllegalArgumentException if a row has more or fewer cells than there are columns
     */
    public static void write(Writer out, List<String> columns, List<StudyValues> rows) throws IOException {
        List<String> header = new ArrayList<>(List.of(InputFormat.STUDY));
        header.addAll(columns);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').build())) {
            for (StudyValues row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "study '%s' has %d cells for %d "
                            + "columns", row.study(), row.cells().size(), columns.size()));
                }
                List<String> cells = new ArrayList<>(List.of(SpreadsheetSafe.cell(row.study())));
                row.cells().forEach(c -> cells.add(SpreadsheetSafe.cell(c)));
                printer.printRecord(cells);
            }
        }
    }
}
