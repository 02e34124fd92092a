package org.evsynth.app.web.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.report.format.Numbers;
import org.evsynth.report.output.TextReport;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.meta.MetaAnalysisResult;

/**
 * The analysis page: per comparison and outcome the forest plot, the engine's numbers (RevMan's analysis panel, as
 * {@code evsynth meta} prints it) and the warnings; the funnel plot with ten studies or more; the risk-of-bias
 * figures; the summary-of-findings tables; and what the export left out.
 *
 * @param chrome      the layout
 * @param token       names this analysis's figures
 * @param comparisons the comparisons with their outcomes
 * @param warnings    what the export left out, and why
 * @param robTool     the risk-of-bias tool's name when the figures are drawn, else null
 * @param sof         the summary-of-findings tables, HTML fragments escaped by the report module
 */
public record AnalysisView(Chrome chrome, String token, List<Block> comparisons, List<String> warnings,
        String robTool, List<String> sof) {

    /** A comparison and its outcomes. */
    public record Block(String name, List<OutcomeBlock> outcomes) {
    }

    /**
     * An outcome.
     *
     * @param index     its figures' number
     * @param headline  the pooled effect in words, or the reason it could not be analysed
     * @param panel     the engine's panel of numbers, or ""
     * @param forestAlt the forest plot's text alternative
     * @param funnel    whether it has a funnel plot
     * @param funnelNote why it has none, or ""
     */
    public record OutcomeBlock(int index, String name, String headline, String panel, List<String> warnings,
            boolean analysed, String forestAlt, boolean funnel, String funnelNote) {
    }

    static AnalysisView of(Chrome chrome, String token, ReviewAnalysis analysis) {
        Map<String, List<OutcomeBlock>> byComparison = new LinkedHashMap<>();
        for (int i = 0; i < analysis.runs().size(); i++) {
            OutcomeRun run = analysis.runs().get(i);
            byComparison.computeIfAbsent(run.comparison(), k -> new ArrayList<>()).add(block(i, run));
        }
        List<Block> blocks = new ArrayList<>();
        byComparison.forEach((name, outcomes) -> blocks.add(new Block(name, outcomes)));
        String rob = analysis.bundle().riskOfBias() == null ? null
                : analysis.bundle().riskOfBias().tool().displayName();
        return new AnalysisView(chrome, token, blocks, analysis.warnings(), rob, analysis.sof());
    }

    private static OutcomeBlock block(int index, OutcomeRun run) {
        if (run.result() == null) {
            return new OutcomeBlock(index, run.content().name(), "Not analysed: " + run.failure(), "", List.of(),
                    false, "", false, "");
        }
        MetaAnalysisResult r = run.result().overall();
        String measure = r.measure().description();
        String effect = Character.toUpperCase(measure.charAt(0)) + measure.substring(1) + " " + Numbers.interval(r.pooled().estimate(),
                r.pooled().ciLower(), r.pooled().ciUpper());
        String studies = r.k() == 1 ? "1 study" : r.k() + " studies";
        String headline = effect + ", " + studies;
        String alt = String.format(Locale.ROOT, "Forest plot of %s, %s versus %s: %s. The same numbers are in the "
                + "panel below.", run.content().name(), run.intervention(), run.comparator(), headline);
        boolean funnel = ReviewAnalysis.hasFunnel(run);
        String note = funnel ? "" : String.format(Locale.ROOT, "No funnel plot: with %s it cannot show small-study "
                + "effects reliably (at least %d are needed; Cochrane Handbook 10.4.3.1).", studies,
                SmallStudyTests.RECOMMENDED_MINIMUM);
        return new OutcomeBlock(index, run.content().name(), headline, TextReport.of(run.content().name(),
                run.result()), run.result().warnings(), true, alt, funnel, note);
    }

    /** Whether any outcome could be analysed. */
    public boolean empty() {
        return comparisons.isEmpty();
    }
}
