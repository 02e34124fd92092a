package org.evsynth.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.analysis.AnalysisFigures;
import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.figure.Favours;
import org.evsynth.report.figure.ForestPlot;
import org.evsynth.report.figure.RobColumn;
import org.evsynth.report.figure.SensitivityForestPlot;
import org.evsynth.report.format.Numbers;
import org.evsynth.report.format.Texts;
import org.evsynth.report.grade.DomainSignal;
import org.evsynth.report.html.ReportPage;
import org.evsynth.report.output.SectionsText;
import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.meta.Heterogeneity;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.PooledEffect;

/**
 * One outcome's part of the report: the forest plot, the numbers, the warnings, the sections (a section not done
 * says why), the sensitivity figures, the funnel plot and the GRADE signals.
 */
final class OutcomeSection {

    private final ReportDocument document;
    private final ReportPage page;
    private final OutcomeAnalysis o;
    private final String id;

    OutcomeSection(ReportDocument document, ReportPage page, OutcomeAnalysis o, String id) {
        this.document = document;
        this.page = page;
        this.o = o;
        this.id = id;
    }

    void write() {
        page.heading(3, o.outcome().name(), id);
        if (!o.outcome().source().isEmpty()) {
            page.paragraph("Source: " + o.outcome().source(), "note");
        }
        boolean overview = o.outcome().kind() == OutcomeKind.OVERVIEW;
        ForestPlot forest = AnalysisFigures.forest(o.result())
                .withGroupLabels(o.comparison().interventionLabel(), o.comparison().comparatorLabel())
                .withFavours(favours()).withRisksOfBias(risksOfBias());
        document.figure(page, id + "-forest", (overview ? forest.withoutPooled() : forest).svg(),
                "Forest plot: " + o.outcome().name() + ".");
        if (!overview) {
            numbers(o.pooled());
        }
        o.warnings().forEach(w -> page.paragraph(w, "warning"));
        sections();
        if (o.outcome().kind() == OutcomeKind.META_ANALYSIS) {
            funnel();
        }
        if (!overview && o.pooled().k() > 1) {
            signals();
        }
    }

    private void sections() {
        for (String line : SectionsText.of(o.result().sections()).strip().split("\n")) {
            if (!line.isBlank()) {
                page.paragraph(line, "note");
            }
        }
        sensitivityFigure("-leave-one-out", AnalysisFigures.leaveOneOut(o.result()), "Leave-one-out analysis.");
        sensitivityFigure("-cumulative", AnalysisFigures.cumulative(o.result()), "Cumulative meta-analysis.");
    }

    private void sensitivityFigure(String suffix, SensitivityForestPlot plot, String caption) {
        if (plot != null) {
            document.figure(page, id + suffix, plot.withFavours(favours()).svg(), caption);
        }
    }

    /**
     * The bundle's risk-of-bias judgements as columns beside the studies, when the outcome's studies were assessed
     * with its tool (an outcome naming another tool with rob_tool gets none) and at least one of them is in it.
     */
    private List<RobColumn> risksOfBias() {
        AnalysisBundle.RiskOfBias rob = document.riskOfBias();
        if (rob == null || o.outcome().robTool() != null && o.outcome().robTool() != rob.tool()
                || o.outcome().kind() == OutcomeKind.OVERVIEW
                || o.table().studies().stream().noneMatch(s -> rob.table().study(s.study()) != null)) {
            return List.of();
        }
        return RobColumn.of(rob.table());
    }

    /** The 'Favours ...' texts of this outcome's plots. */
    private Favours favours() {
        return o.comparison().favours(o.outcome());
    }

    /** The funnel plot, drawn only with enough studies to show small-study effects (Cochrane Handbook 10.4.3.1). */
    private void funnel() {
        int k = o.pooled().k();
        if (k >= SmallStudyTests.RECOMMENDED_MINIMUM) {
            document.figure(page, id + "-funnel", AnalysisFigures.funnel(o.result()).withContours().svg(),
                    "Contour-enhanced funnel plot.");
        } else {
            page.paragraph(String.format(Locale.ROOT, "No funnel plot: with %d studies it cannot show small-study "
                    + "effects reliably (at least %d are needed; Cochrane Handbook 10.4.3.1).", k,
                    SmallStudyTests.RECOMMENDED_MINIMUM), "note");
        }
    }

    private void signals() {
        List<List<String>> rows = new ArrayList<>();
        for (DomainSignal signal : o.signals().all()) {
            rows.add(List.of(Texts.capitalised(signal.domain().words()), signal.summary()));
        }
        page.table(List.of("GRADE domain", "What the data show (evsynth's signal; the reviewers decide)"), rows);
    }

    private void numbers(MetaAnalysisResult r) {
        PooledEffect p = r.pooled();
        Heterogeneity h = r.heterogeneity();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(r.measure().description(), Numbers.interval(p.estimate(), p.ciLower(), p.ciUpper())));
        rows.add(List.of("Test of overall effect", String.format(Locale.ROOT, "%s = %.2f, %s",
                Double.isNaN(p.df()) ? "Z" : "t(" + (int) p.df() + ")", p.statistic(), Numbers.p("P", p.pValue()))));
        rows.add(List.of("Studies (k)", Integer.toString(r.k())));
        if (!Double.isNaN(h.q())) {
            rows.add(List.of("Heterogeneity", String.format(Locale.ROOT, "Q = %.2f, df = %d, %s; I² = %s%s",
                    h.q(), h.df(), Numbers.p("P", h.pValue()), Numbers.percent(h.i2()), Double.isNaN(h.i2CiLower())
                            ? "" : " [" + Numbers.percent(h.i2CiLower()) + ", " + Numbers.percent(h.i2CiUpper()) + "]")));
        }
        if (!Double.isNaN(h.tau2())) {
            rows.add(List.of("τ²", Double.isNaN(h.tau2CiLower()) ? Numbers.effect(h.tau2())
                    : Numbers.interval(h.tau2(), h.tau2CiLower(), h.tau2CiUpper())));
        }
        if (r.predictionInterval().isAvailable()) {
            rows.add(List.of("Prediction interval", Numbers.limits(r.predictionInterval().lower(),
                    r.predictionInterval().upper())));
        }
        r.excluded().forEach(e -> rows.add(List.of("Excluded", e.study() + " (" + e.reason() + ")")));
        r.notes().forEach(n -> rows.add(List.of("Note", n)));
        page.table(List.of("Result", "Value"), rows);
    }
}
