package org.evsynth.app.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.output.CsvReport;
import org.evsynth.report.output.JsonReport;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.output.TextReport;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.sensitivity.ProgressListener;

/**
 * Runs the plan on a table (or one batch of its rows) and writes the result in the chosen format, streaming it to
 * the output: the rows of a million studies are written as they are formatted, never held as one string.
 */
final class AnalysisWriter {

    private final AnalysisPlan plan;
    private final OutputFormat format;
    private CsvReport csv;

    AnalysisWriter(AnalysisPlan plan, OutputFormat format) {
        this.plan = plan;
        this.format = format;
    }

    /** The output format. */
    OutputFormat format() {
        return format;
    }

    /** The analysis of the table (safe to call from several threads at once: the plan is immutable). */
    AnalysisResult run(StudyTable table, ProgressListener progress) {
        return plan.run(table, progress);
    }

    /**
     * Writes a result: pretty JSON for a single analysis, one compact JSON line with `"analysis": name` in a batch,
     * a CSV row per analysis (and subgroup; the header before the first), or the text panel.
     *
     * @param name the batch value, or null for a single analysis
     */
    void write(AnalysisResult result, String name, Provenance provenance, Writer out) {
        try {
            switch (format) {
                case JSON -> {
                    if (name == null) {
                        JsonReport.write(result, provenance, out);
                    } else {
                        JsonReport.writeLine(name, result, out);
                    }
                    out.write('\n');
                }
                case CSV -> {
                    if (csv == null) {
                        csv = new CsvReport(out);
                    }
                    csv.add(name, result);
                    csv.flush();
                }
                case TEXT -> TextReport.write(name == null ? result.table().file()
                        : result.table().file() + " — " + name, result, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON line or text panel of one analysis of a batch, as {@link #write} writes it (not for CSV). */
    String render(AnalysisResult result, String name) {
        if (format == OutputFormat.CSV) {
            throw new IllegalStateException("CSV rows are written in order, with the header once: use write");
        }
        StringWriter text = new StringWriter();
        write(result, name, null, text);
        return text.toString();
    }
}
