package org.evsynth.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.output.CsvReport;
import org.evsynth.report.output.JsonReport;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.output.TextReport;
import org.evsynth.report.table.StudyTable;

/** Runs the plan on a table (or one batch of its rows) and writes the result in the chosen format. */
final class AnalysisWriter {

    private final AnalysisPlan plan;
    private final OutputFormat format;
    private final Appendable sink;
    private CsvReport csv;

    AnalysisWriter(AnalysisPlan plan, OutputFormat format, Appendable sink) {
        this.plan = plan;
        this.format = format;
        this.sink = sink;
    }

    /** The output format. */
    OutputFormat format() {
        return format;
    }

    /**
     * Analyses the table and appends the output: pretty JSON for a single analysis, one compact JSON line with
     * `"analysis": name` in a batch, a CSV row per analysis (and subgroup), or the text panel.
     *
     * @param name the batch value, or null for a single analysis
     */
    void append(StudyTable table, String name, Provenance provenance) {
        AnalysisResult result = plan.run(table);
        try {
            switch (format) {
                case JSON -> sink.append(json(JsonReport.of(result, provenance), name));
                case CSV -> csv().add(name, result);
                case TEXT -> sink.append(TextReport.of(name == null ? table.file() : table.file() + " — " + name,
                        result));
            }
            if (csv != null) {
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvReport csv() throws IOException {
        if (csv == null) {
            csv = new CsvReport(sink);
        }
        return csv;
    }

    private static String json(ObjectNode node, String name) throws IOException {
        if (name == null) {
            return JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        }
        ObjectNode line = JsonReport.mapper().createObjectNode().put("analysis", name);
        line.setAll(node);
        line.remove("provenance");
        return JsonReport.mapper().writeValueAsString(line) + "\n";
    }
}
