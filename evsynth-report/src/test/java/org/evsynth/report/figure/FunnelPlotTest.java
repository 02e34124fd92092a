package org.evsynth.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.stats.bias.TrimAndFill;
import org.evsynth.stats.bias.TrimAndFillResult;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.junit.jupiter.api.Test;

/** The funnel plot: a point per study, the pseudo-95% region, contours and hollow filled studies. */
class FunnelPlotTest {

    private static final MetaAnalysis REML = MetaAnalysis.withDefaults();

    @Test
    void onePointPerStudyWithThePseudoConfidenceRegion() {
        MetaAnalysisResult result = REML.run(EffectMeasure.RR, Figures.bcg());
        String svg = FunnelPlot.of(result).svg();
        assertEquals(13, Figures.count(svg, "study-point"));
        assertEquals(1, Figures.count(svg, "pseudo-ci-region"));
        assertEquals(2, Figures.count(svg, "pseudo-ci"));
        assertEquals(0, Figures.count(svg, "contour-region"));
        assertEquals(0, Figures.count(svg, "filled-study"));
        assertTrue(Figures.texts(svg, "axis-label").containsAll(List.of("0.2", "0.5", "1", "0")));
        assertTrue(Figures.texts(svg, "axis-title").containsAll(List.of("Risk ratio (log scale)", "Standard error")));
    }

    @Test
    void standardErrorZeroIsAtTheTop() {
        String svg = FunnelPlot.of(REML.run(EffectMeasure.RR, Figures.bcg())).svg();
        List<String> labels = Figures.texts(svg, "axis-label");
        List<Double> ys = Figures.numbers(svg, "axis-label", "y");
        int zero = labels.indexOf("0");
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).startsWith("0.") && ys.get(i) < ys.get(zero) + 50) {
                // x-axis labels sit below the plot; y labels below "0" must be lower on the page
                continue;
            }
        }
        assertTrue(ys.get(zero) < ys.get(labels.indexOf("0.8")), "SE 0 above SE 0.8");
    }

    @Test
    void contoursAndTrimAndFill() {
        List<BinaryStudy> studies = Figures.bcg();
        MetaAnalysisResult result = REML.run(EffectMeasure.RR, studies);
        EffectSizes sizes = REML.effectSizes(EffectMeasure.RR, studies);
        TrimAndFillResult fill = TrimAndFill.run(REML, EffectMeasure.RR, sizes, TrimAndFill.Estimator.L0, null);
        String svg = FunnelPlot.of(result).withContours().withTrimAndFill(fill).svg();
        assertEquals(4, Figures.count(svg, "contour-region"), "background and three contours");
        assertEquals(fill.k0(), Figures.count(svg, "filled-study"));
        assertEquals(13, Figures.count(svg, "study-point"));
        assertTrue(Figures.texts(svg, "legend").contains("0.01 ≤ p < 0.05"));
        assertEquals(1, Figures.count(svg, "null-line"));
    }
}
