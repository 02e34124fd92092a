package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.report.output.JsonReport;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.meta.MetaAnalysisException;

/**
 * One analysis per distinct value of a column of a long table, written as each finishes. An analysis that
 * cannot be done is reported in its place (`{"analysis": ..., "error": ...}` in JSON) and the others go on;
 * the exit code is then 1.
 */
final class BatchRun {

    private final AnalysisWriter writer;
    private final StudyTable table;
    private final String column;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchRun(AnalysisWriter writer, StudyTable table, String column, PrintWriter out, PrintWriter err) {
        this.writer = writer;
        this.table = table;
        this.column = column;
        this.out = out;
        this.err = err;
    }

    int run() {
        int failures = 0;
        boolean first = true;
        for (Map.Entry<String, List<StudyRow>> group : groups().entrySet()) {
            if (writer.format() == OutputFormat.TEXT && !first) {
                out.println();
            }
            first = false;
            try {
                writer.append(table.withRows(group.getValue()), group.getKey(), null);
            } catch (MetaAnalysisException | IllegalArgumentException e) {
                failures++;
                reportFailure(group.getKey(), e.getMessage());
            }
        }
        out.flush();
        return failures == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    private void reportFailure(String analysis, String message) {
        err.println("evsynth meta: " + table.file() + ": " + column + " = " + analysis + ": " + message);
        if (writer.format() == OutputFormat.JSON) {
            out.println(JsonReport.mapper().createObjectNode().put("analysis", analysis).put("error", message));
        }
    }

    /** The rows grouped by the column's value, in order of first appearance. */
    private Map<String, List<StudyRow>> groups() {
        Map<String, List<StudyRow>> groups = new LinkedHashMap<>();
        for (StudyRow row : table.rows()) {
            groups.computeIfAbsent(row.value(column), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
