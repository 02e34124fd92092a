package org.evsynth.app.web.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsynth.report.analysis.AnalysisFigures;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.export.BundleExport;
import org.evsynth.report.figure.ForestPlot;
import org.evsynth.report.rob.SummaryPlot;
import org.evsynth.report.rob.TrafficLightPlot;
import org.evsynth.review.Review;
import org.evsynth.stats.bias.SmallStudyTests;

/**
 * The review analysed as it stands: its bundle built in memory from the included studies' values in use (as
 * {@code evsynth export --bundle} builds it), each outcome run ({@link OutcomeRun}), and every figure drawn, so that
 * a page and the images it loads show one and the same analysis.
 *
 * @param bundle   the bundle
 * @param warnings what the export left out, and why
 * @param runs     the outcomes, in the bundle's order
 * @param figures  the figures' SVG by name: forest-N and funnel-N (N the run's index), rob-traffic-light, rob-summary
 * @param sof      the summary-of-findings tables, as HTML fragments
 */
record ReviewAnalysis(BundleContent bundle, List<String> warnings, List<OutcomeRun> runs, Map<String, String> figures,
        List<String> sof) {

    /** Analyses the review now. */
    static ReviewAnalysis of(Review review) {
        List<String> warnings = new ArrayList<>();
        BundleContent bundle;
        try {
            bundle = BundleExport.content(review, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<OutcomeRun> runs = new ArrayList<>();
        for (BundleContent.ComparisonContent c : bundle.comparisons()) {
            for (BundleContent.OutcomeContent o : c.outcomes()) {
                runs.add(OutcomeRun.of(c, o, runs.size()));
            }
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            OutcomeRun run = runs.get(i);
            if (run.result() == null) {
                continue;
            }
            ForestPlot forest = AnalysisFigures.forest(run.result()).withGroupLabels(run.intervention(),
                    run.comparator());
            figures.put("forest-" + i, (run.content().kind() == OutcomeKind.OVERVIEW ? forest.withoutPooled()
                    : forest).svg());
            if (hasFunnel(run)) {
                figures.put("funnel-" + i, AnalysisFigures.funnel(run.result()).withContours().svg());
            }
        }
        if (bundle.riskOfBias() != null) {
            figures.put("rob-traffic-light", TrafficLightPlot.svg(bundle.riskOfBias()));
            figures.put("rob-summary", SummaryPlot.svg(bundle.riskOfBias(), bundle.riskOfBias().hasWeights()));
        }
        return new ReviewAnalysis(bundle, List.copyOf(warnings), List.copyOf(runs), Map.copyOf(figures),
                SofRows.html(bundle, runs));
    }

    /** Whether the outcome gets a funnel plot: a meta-analysis of enough studies to show small-study effects. */
    static boolean hasFunnel(OutcomeRun run) {
        return run.result() != null && run.content().kind() == OutcomeKind.META_ANALYSIS
                && run.result().overall().k() >= SmallStudyTests.RECOMMENDED_MINIMUM;
    }
}
