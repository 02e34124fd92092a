package org.evsynth.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.sensitivity.SensitivityAnalysis;
import org.junit.jupiter.api.Test;

/** Leave-one-out, cumulative, Baujat and bubble plots. */
class OtherPlotsTest {

    private static final MetaAnalysis REML = MetaAnalysis.withDefaults();
    private final List<BinaryStudy> studies = Figures.bcg();
    private final MetaAnalysisResult result = REML.run(EffectMeasure.RR, studies);
    private final EffectSizes sizes = REML.effectSizes(EffectMeasure.RR, studies);

    @Test
    void leaveOneOutHasARowPerStudyAndTheFullDiamond() {
        String svg = SensitivityForestPlot.leaveOneOut(result,
                SensitivityAnalysis.leaveOneOut(REML, EffectMeasure.RR, sizes)).withGroupLabels("BCG", "control").svg();
        assertEquals(13, Figures.count(svg, "point-estimate"));
        assertEquals(1, Figures.count(svg, "diamond"));
        assertEquals(1, Figures.count(svg, "reference-line"));
        assertTrue(Figures.texts(svg, "row-label").contains("Omitting Aronson 1948"));
        assertTrue(svg.contains(">0.49 [0.33, 0.73]<"));
        assertEquals(List.of("Favours BCG", "Favours control"), Figures.texts(svg, "favours"));
    }

    @Test
    void cumulativeAddsStudiesInOrder() {
        String svg = SensitivityForestPlot.cumulative(result,
                SensitivityAnalysis.cumulative(REML, EffectMeasure.RR, sizes.effects())).svg();
        List<String> labels = Figures.texts(svg, "row-label");
        assertEquals("Adding Aronson 1948 (k = 1)", labels.get(0));
        assertEquals("Adding Comstock et al 1976 (k = 13)", labels.get(12));
    }

    @Test
    void baujatNumbersEveryStudyWithAKey() {
        String svg = BaujatPlot.of(SensitivityAnalysis.influence(REML, sizes.effects())).svg();
        assertEquals(13, Figures.count(svg, "study-point"));
        assertEquals(studies.stream().map(BinaryStudy::study).toList(), Figures.texts(svg, "study-label"));
        assertTrue(Figures.texts(svg, "axis-title").contains("Contribution to overall heterogeneity"));
    }

    @Test
    void bubblePlotDrawsABubblePerStudyAndTheFittedLine() {
        double[] y = sizes.effects().stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = sizes.effects().stream().mapToDouble(StudyEffect::variance).toArray();
        double[] latitude = studies.stream().mapToDouble(s -> Double.parseDouble(Figures.bcgColumn(6).apply(s)))
                .toArray();
        MetaRegressionResult fit = MetaRegression.withDefaults().fit(y, v,
                ModelMatrix.withIntercept(y.length).numeric("ablat", latitude).build());
        List<BubblePlot.Point> points = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            points.add(new BubblePlot.Point(studies.get(i).study(), latitude[i], y[i], v[i]));
        }
        String svg = BubblePlot.of(fit, "ablat", EffectMeasure.RR, points).svg();
        assertEquals(13, Figures.count(svg, "bubble"));
        assertEquals(1, Figures.count(svg, "regression-line"));
        assertThrows(IllegalArgumentException.class, () -> BubblePlot.of(fit, "year", EffectMeasure.RR, points));
    }
}
