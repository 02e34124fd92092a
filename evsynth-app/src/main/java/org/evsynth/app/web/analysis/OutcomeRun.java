package org.evsynth.app.web.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evsynth.report.analysis.AnalysisResult;
import org.evsynth.report.bundle.AnalysisOptions;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.Outcome;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.report.table.StudyTableWriter;
import org.evsynth.stats.meta.MetaAnalysisException;

/**
 * One outcome of the review's bundle, analysed as {@code evsynth report} analyses it once exported: its study
 * table written in the input format and read back by the study-table reader (which checks every cell), and the
 * plan of an outcome of review.yaml with the options the export writes (none: the defaults, and the measure of a
 * contrast). An outcome that cannot be analysed keeps the reason instead.
 *
 * @param comparison   the comparison's name
 * @param intervention group 1's label
 * @param comparator   group 2's label
 * @param content      the outcome as the bundle holds it
 * @param outcome      the outcome as review.yaml would describe it
 * @param result       the analysis, or null when it could not be done
 * @param failure      why it could not be done, or null
 */
record OutcomeRun(String comparison, String intervention, String comparator, BundleContent.OutcomeContent content,
        Outcome outcome, AnalysisResult result, String failure) {

    static OutcomeRun of(BundleContent.ComparisonContent comparison, BundleContent.OutcomeContent o, int index) {
        String file = "data/outcome-" + (index + 1) + ".csv";
        Outcome outcome = new Outcome(o.name(), o.kind(), Path.of(file), file, options(o), List.of(), List.of(), null,
                null, null, null, null, "", Double.NaN, false, null, -1, -1, "", 0);
        AnalysisResult result = null;
        String failure = null;
        try {
            StudyTable table = StudyTableReader.read(file, csv(o), o.measure());
            result = outcome.plan().run(table);
        } catch (InputException | MetaAnalysisException | IllegalArgumentException e) {
            failure = e.getMessage();
        }
        return new OutcomeRun(comparison.name(), comparison.interventionLabel(), comparison.comparatorLabel(), o,
                outcome, result, failure);
    }

    /** The options review.yaml gives an exported outcome: the defaults, with the measure of a contrast. */
    private static AnalysisOptions options(BundleContent.OutcomeContent o) {
        AnalysisOptions d = AnalysisOptions.defaults();
        return new AnalysisOptions(o.measure(), d.model(), d.method(), d.pooling(), d.ci(), d.pi(), d.level(), d.cc(),
                d.ccTo(), d.by(), d.commonTau2());
    }

    private static byte[] csv(BundleContent.OutcomeContent o) {
        StringWriter out = new StringWriter();
        try {
            StudyTableWriter.write(out, o.shape().columns(), o.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
