package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.output.JsonReport;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.meta.MetaAnalysisException;
import org.evsynth.stats.sensitivity.ProgressListener;

/**
 * One analysis per distinct value of a column of a long table, in order of first appearance. The analyses run on
 * every core (each is independent, and the plan is immutable), and are written in input order as each is reached,
 * so the output is the same as one analysis after another. An analysis that cannot be done is reported in its
 * place (`{"analysis": ..., "error": ...}` in JSON) and the others go on; the exit code is then 1.
 */
final class BatchRun {

    /** Analyses run ahead of the one being written, per thread: enough to keep every core busy, few in memory. */
    private static final int AHEAD_PER_THREAD = 8;

    private final AnalysisWriter writer;
    private final StudyTable table;
    private final String column;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;

    BatchRun(AnalysisWriter writer, StudyTable table, String column, PrintWriter out, PrintWriter err, int threads) {
        this.writer = writer;
        this.table = table;
        this.column = column;
        this.out = out;
        this.err = err;
        this.threads = threads;
    }

    /** One analysis done, or why it could not be: its output already formatted except for CSV, which is in order. */
    private record Outcome(AnalysisResult result, String rendered, String failure) {
    }

    int run(ProgressListener progress) {
        List<Map.Entry<String, List<StudyRow>>> groups = new ArrayList<>(groups().entrySet());
        ExecutorService pool = threads > 1 && groups.size() > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "evsynth-batch");
            thread.setDaemon(true);
            return thread;
        }) : null;
        try {
            return write(groups, pool, progress);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private int write(List<Map.Entry<String, List<StudyRow>>> groups, ExecutorService pool,
                      ProgressListener progress) {
        List<Future<Outcome>> ahead = new ArrayList<>(groups.size());
        int failures = 0;
        for (int i = 0; i < groups.size(); i++) {
            while (pool != null && ahead.size() < Math.min(groups.size(), i + 1 + AHEAD_PER_THREAD * threads)) {
                Map.Entry<String, List<StudyRow>> group = groups.get(ahead.size());
                ahead.add(pool.submit(() -> analyse(group.getKey(), group.getValue())));
            }
            Map.Entry<String, List<StudyRow>> group = groups.get(i);
            Outcome outcome = pool == null ? analyse(group.getKey(), group.getValue()) : await(ahead.get(i));
            if (pool != null) {
                ahead.set(i, null);
            }
            if (writer.format() == OutputFormat.TEXT && i > 0) {
                out.println();
            }
            if (outcome.failure() != null) {
                failures++;
                reportFailure(group.getKey(), outcome.failure());
            } else if (outcome.rendered() != null) {
                out.write(outcome.rendered());
            } else {
                writer.write(outcome.result(), group.getKey(), null, out);
            }
            progress.progress(i + 1, groups.size());
        }
        out.flush();
        return failures == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    /** One analysis, formatted on the thread that ran it; CSV rows are written later, in order. */
    private Outcome analyse(String name, List<StudyRow> rows) {
        try {
            AnalysisResult result = writer.run(table.withRows(rows), ProgressListener.NONE);
            return new Outcome(result, writer.format() == OutputFormat.CSV ? null : writer.render(result, name), null);
        } catch (MetaAnalysisException | IllegalArgumentException e) {
            return new Outcome(null, null, e.getMessage());
        }
    }

    /** The outcome of an analysis run ahead; a defect in it fails the command, as it would have run here. */
    private static Outcome await(Future<Outcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an analysis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
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
