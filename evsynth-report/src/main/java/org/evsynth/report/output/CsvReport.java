package org.evsynth.report.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.records.io.SpreadsheetSafe;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Subgroup;

/**
 * One CSV row per analysis (and per subgroup) with the summary figures of the JSON contract, for
 * spreadsheets and for collecting thousands of batch analyses into one table. A text cell a spreadsheet would run as a
 * formula (a batch or subgroup value such as {@code =HYPERLINK(...)}) gets a leading apostrophe
 * ({@link SpreadsheetSafe}); numbers stay numbers.
 */
public final class CsvReport {

    private final CSVPrinter printer;
    private List<String> columns;

    /** A report writing to the appendable; the header is written with the first row. */
    public CsvReport(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build());
    }

    /** One row for the analysis of all studies and, for a subgroup analysis, one per subgroup. */
    public void add(String analysis, AnalysisResult result) throws IOException {
        add(analysis, "", result.overall());
        if (result.hasSubgroups()) {
            for (Subgroup subgroup : result.subgroups().subgroups()) {
                add(analysis, subgroup.name(), subgroup.result());
            }
        }
    }

    private void add(String analysis, String subgroup, MetaAnalysisResult result) throws IOException {
        ObjectNode summary = JsonReport.summary(result);
        if (columns == null) {
            columns = new ArrayList<>(List.of("analysis", "subgroup"));
            summary.fieldNames().forEachRemaining(columns::add);
            printer.printRecord(columns);
        }
        List<String> row = new ArrayList<>(List.of(SpreadsheetSafe.cell(analysis == null ? "" : analysis),
                SpreadsheetSafe.cell(subgroup == null ? "" : subgroup)));
        for (String column : columns.subList(2, columns.size())) {
            JsonNode value = summary.get(column);
            row.add(value == null || value.isNull() ? "" : SpreadsheetSafe.cell(value.asText()));
        }
        printer.printRecord(row);
    }

    /** Flushes what has been written. */
    public void flush() throws IOException {
        printer.flush();
    }
}
