package org.evsynth.report.analysis;

import java.util.List;
import java.util.Map;

import org.evsynth.report.figure.ForestPlot;
import org.evsynth.report.figure.FunnelPlot;
import org.evsynth.report.figure.SensitivityForestPlot;
import org.evsynth.report.table.StudyRow;

/**
 * The figures of a result, drawn the same way by `evsynth forest`, `evsynth funnel`, the report and a web page:
 * each is a plot to refine further with its {@code with...} methods, then {@code svg()}.
 */
public final class AnalysisFigures {

    private AnalysisFigures() {
    }

    /**
     * The forest plot: a block per subgroup when the analysis is by subgroup, each study's data per arm as the
     * table writes them (a mean of 42.0 reads 42.0).
     */
    public static ForestPlot forest(AnalysisResult result) {
        List<Map<String, String>> written = result.table().rows().stream().map(StudyRow::values).toList();
        if (result.hasSubgroups()) {
            return ForestPlot.of(result.subgroups()).withArms(result.table().studies(), result.subgroupOf())
                    .withArmTexts(written);
        }
        return ForestPlot.of(result.overall()).withArms(result.table().studies()).withArmTexts(written);
    }

    /** The funnel plot, with the studies trim and fill imputed when that section was done. */
    public static FunnelPlot funnel(AnalysisResult result) {
        FunnelPlot plot = FunnelPlot.of(result.overall());
        return result.sections().isDone(Section.TRIM_FILL) ? plot.withTrimAndFill(result.sections().trimFill()) : plot;
    }

    /** The leave-one-out forest plot, or null when that section was not done. */
    public static SensitivityForestPlot leaveOneOut(AnalysisResult result) {
        return result.sections().isDone(Section.LEAVE_ONE_OUT)
                ? SensitivityForestPlot.leaveOneOut(result.overall(), result.sections().leaveOneOut()) : null;
    }

    /** The cumulative forest plot, or null when that section was not done. */
    public static SensitivityForestPlot cumulative(AnalysisResult result) {
        return result.sections().isDone(Section.CUMULATIVE)
                ? SensitivityForestPlot.cumulative(result.overall(), result.sections().cumulative()) : null;
    }
}
