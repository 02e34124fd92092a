package org.evsynth.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.evsynth.report.render.FigureFiles;
import org.evsynth.report.svg.Svg;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.junit.jupiter.api.Test;

/** The forest plot's structure: labels, squares, diamonds, ticks, arrows, columns, on the cases that break layouts. */
class ForestPlotTest {

    private static final MetaAnalysis REML = MetaAnalysis.withDefaults();

    private static String bcg() {
        List<BinaryStudy> studies = Figures.bcg();
        return ForestPlot.of(REML.run(EffectMeasure.RR, studies)).withArms(studies)
                .withGroupLabels("BCG", "Control").svg();
    }

    @Test
    void holdsEveryStudyWithItsSquareAndOneDiamond() {
        String svg = bcg();
        List<String> labels = Figures.texts(svg, "study-label");
        Figures.bcg().forEach(s -> assertTrue(labels.contains(s.study()), s.study()));
        assertEquals(13, Figures.count(svg, "study-square"));
        assertEquals(13, Figures.count(svg, "ci-line"));
        assertEquals(1, Figures.count(svg, "diamond"));
        assertEquals(1, Figures.count(svg, "prediction-interval"));
        assertEquals(0, Figures.count(svg, "ci-arrow"));
        assertTrue(svg.contains(">0.41 [0.13, 1.26]<"), "Aronson's effect text");
        assertTrue(svg.contains(">0.49 [0.33, 0.73]<"), "the pooled effect text");
        assertTrue(svg.contains(">5.1%<"), "Aronson's weight");
        assertTrue(svg.contains("Heterogeneity: Tau² = 0.31; Chi² = 152.23, df = 12 (P &lt; 0.00001); I² = 92%"));
        assertTrue(svg.contains("Test for overall effect: t(12) = -3.95 (P = 0.002)"));
        assertEquals(List.of("Favours BCG", "Favours Control"), Figures.texts(svg, "favours"));
        assertTrue(Figures.texts(svg, "cell").containsAll(List.of("4", "123", "11", "139", "1065", "1510")));
    }

    @Test
    void ratioAxisIsLogarithmicWithRevMansTicks() {
        String svg = bcg();
        // Rosenthal 1960's lower limit of 0.07 needs 1/20 on a symmetric axis: RevMan's 0.05 0.2 1 5 20
        assertEquals(List.of("0.05", "0.2", "1", "5", "20"), Figures.texts(svg, "axis-label"));
        assertEquals(5, Figures.count(svg, "axis-tick"));
        List<Double> ticks = Figures.numbers(svg, "axis-tick", "x1");
        for (int i = 0; i < 2; i++) {
            assertEquals(ticks.get(2) - ticks.get(i), ticks.get(4 - i) - ticks.get(2), 0.05,
                    "on a log axis x and 1/x are the same distance from 1");
        }
        assertTrue(ticks.get(1) - ticks.get(0) < ticks.get(2) - ticks.get(1), "0.05 to 0.2 is shorter than 0.2 to 1");
        assertEquals(1, Figures.count(svg, "null-line"));
    }

    @Test
    void subgroupsHaveADiamondEachAndTheTestForDifferences() {
        List<BinaryStudy> studies = Figures.bcg();
        SubgroupAnalysisResult result = REML.runBySubgroup(EffectMeasure.RR, studies, Figures.bcgColumn(7));
        String svg = ForestPlot.of(result).withArms(studies).svg();
        assertEquals(4, Figures.count(svg, "diamond"), "three subgroups and the total");
        assertEquals(13, Figures.count(svg, "study-square"));
        assertEquals(List.of("random", "alternate", "systematic"), Figures.texts(svg, "subgroup-label"));
        assertEquals(3, Figures.texts(svg, "total-label").stream().filter(t -> t.startsWith("Subtotal")).count());
        assertTrue(svg.contains("Test for subgroup differences: Chi² = "), svg);
        // 'alternate' has two studies: its HKSJ interval (0.02 to 20.85) does not set the axis, it runs off it
        assertTrue(Figures.count(svg, "ci-arrow") >= 1);
        assertEquals(List.of("0.05", "0.2", "1", "5", "20"), Figures.texts(svg, "axis-label"));
    }

    @Test
    void oneTrialInSeveralSubgroupsShowsEachSubgroupsOwnData() {
        List<BinaryStudy> studies = List.of(BinaryStudy.of("DanGer Shock", 43, 179, 11, 176),
                BinaryStudy.of("DanGer Shock", 39, 179, 21, 176), BinaryStudy.of("DanGer Shock", 10, 179, 2, 176));
        Map<BinaryStudy, String> outcome = new java.util.IdentityHashMap<>();
        String[] names = {"Composite safety", "Bleeding", "Limb ischaemia"};
        for (int i = 0; i < 3; i++) {
            outcome.put(studies.get(i), names[i]);
        }
        SubgroupAnalysisResult result = REML.runBySubgroup(EffectMeasure.RR, studies, outcome::get);
        String svg = ForestPlot.of(result).withArms(studies, s -> outcome.get((BinaryStudy) s)).svg();
        List<String> cells = Figures.texts(svg, "cell");
        assertTrue(cells.containsAll(List.of("43", "39", "10", "11", "21", "2")), cells.toString());
        assertTrue(cells.contains("537"), "179 × 3 participants in the total");
        List<String> weights = Figures.texts(svg, "weight");
        assertFalse(weights.get(0).equals(weights.get(2)) && weights.get(0).equals(weights.get(4)),
                "each row has its own weight: " + weights);
    }

    @Test
    void overviewOfReviewsIsNotPooled() {
        List<GenericStudy> reviews = List.of(GenericStudy.fromConfidenceInterval("Soliman 2026", 1.12, 0.95, 1.32, true),
                GenericStudy.fromConfidenceInterval("Stub 2025", 1.08, 0.92, 1.27, true));
        String svg = ForestPlot.of(REML.run(EffectMeasure.RR, reviews)).withoutPooled().svg();
        assertEquals(2, Figures.count(svg, "study-square"));
        assertEquals(0, Figures.count(svg, "diamond"));
        assertEquals(0, Figures.count(svg, "prediction-interval"));
        assertEquals(0, Figures.count(svg, "weight"));
        assertFalse(svg.contains("Heterogeneity"));
        assertFalse(svg.contains(">Weight<"));
    }

    @Test
    void singleStudyIsDrawnWithoutHeterogeneity() {
        List<BinaryStudy> one = List.of(BinaryStudy.of("DanGer Shock 2024", 82, 179, 103, 176));
        String svg = ForestPlot.of(REML.run(EffectMeasure.RR, one)).withArms(one).svg();
        assertEquals(1, Figures.count(svg, "study-square"));
        assertEquals(1, Figures.count(svg, "diamond"));
        assertEquals(0, Figures.count(svg, "prediction-interval"));
        assertTrue(svg.contains("Heterogeneity: not applicable"));
        assertEquals(List.of("0.5", "0.7", "1", "1.5", "2"), Figures.texts(svg, "axis-label"));
    }

    @Test
    void sixtyStudiesEachGetARow() {
        Random random = new Random(1);
        List<BinaryStudy> studies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = 50 + random.nextInt(300);
            studies.add(BinaryStudy.of("Trial " + (i + 1), 5 + random.nextInt(20), n, 5 + random.nextInt(25), n));
        }
        String svg = ForestPlot.of(REML.run(EffectMeasure.OR, studies)).withArms(studies).svg();
        assertEquals(60, Figures.count(svg, "study-square"));
        assertEquals(60, Figures.texts(svg, "study-label").size());
        List<Double> squares = Figures.numbers(svg, "study-square", "y");
        for (int i = 1; i < squares.size(); i++) {
            assertTrue(squares.get(i) > squares.get(i - 1) + 8, "rows do not overlap");
        }
    }

    @Test
    void longLabelsWrapOntoTwoLinesAndEndInAnEllipsis() {
        String name = "Schrage et al., Impella CP versus intra-aortic balloon pump in acute myocardial infarction "
                + "complicated by cardiogenic shock (IMPRESS in Severe Shock) 2017";
        List<BinaryStudy> studies = List.of(BinaryStudy.of(name, 2, 24, 1, 24),
                BinaryStudy.of("Ouweneel 2017", 11, 24, 12, 24));
        String svg = ForestPlot.of(REML.run(EffectMeasure.OR, studies)).withArms(studies).svg();
        List<String> labels = Figures.texts(svg, "study-label");
        assertEquals(3, labels.size(), "two lines for the long name, one for the short");
        assertTrue(name.startsWith(labels.get(0)));
        assertTrue(labels.get(1).endsWith("…"));
        for (String label : labels) {
            assertTrue(Svg.textWidth(label, ForestPlot.FONT) <= 201, label);
        }
    }

    @Test
    void extremeIntervalsRunOffTheAxisWithArrows() {
        List<GenericStudy> studies = List.of(GenericStudy.fromConfidenceInterval("Soliman 2026", 0.91, 0.80, 1.04, true),
                GenericStudy.fromConfidenceInterval("Stub 2025", 1.08, 0.92, 1.27, true),
                GenericStudy.fromConfidenceInterval("Tiny 2019", 0.5, 0.0005, 500, true));
        String svg = ForestPlot.of(REML.run(EffectMeasure.HR, studies)).svg();
        assertEquals(2, Figures.count(svg, "ci-arrow"), "one arrow at each end for the tiny study");
        assertEquals(List.of("0.01", "0.1", "1", "10", "100"), Figures.texts(svg, "axis-label"));
        assertEquals(0, Figures.count(svg, "cell"), "reported estimates have no per-group columns");
    }

    @Test
    void continuousDataShowMeanSdAndTotalPerGroupOnAnAdditiveAxis() {
        List<ContinuousStudy> studies = List.of(ContinuousStudy.of("Smith 2001", 10.2, 3.1, 40, 12.5, 3.4, 38),
                ContinuousStudy.of("Jones 2005", 9.8, 2.7, 120, 11.0, 2.9, 118));
        String svg = ForestPlot.of(REML.run(EffectMeasure.MD, studies)).withArms(studies).svg();
        assertTrue(Figures.texts(svg, "column-heading").containsAll(List.of("Mean", "SD", "Total")));
        assertTrue(Figures.texts(svg, "cell").containsAll(List.of("10.2", "3.1", "40", "160", "156")));
        assertTrue(Figures.texts(svg, "axis-label").contains("0"));
    }

    @Test
    void proportionsHaveNoNullLineAndNoFavours() {
        List<ProportionStudy> studies = List.of(ProportionStudy.of("A", 12, 80), ProportionStudy.of("B", 30, 120));
        String svg = ForestPlot.of(REML.run(EffectMeasure.PLO, studies)).withArms(studies).svg();
        assertEquals(0, Figures.count(svg, "null-line"));
        assertEquals(0, Figures.count(svg, "favours"));
    }

    @Test
    void riskOfBiasColumnsDrawOneCirclePerJudgedStudyInRobvisColours() {
        List<BinaryStudy> studies = Figures.bcg();
        Map<String, String> randomisation = new HashMap<>();
        Map<String, String> overall = new HashMap<>();
        studies.forEach(s -> randomisation.put(s.study(), "low"));
        overall.put(studies.get(0).study(), "High");
        overall.put(studies.get(1).study(), "some concerns");
        MetaAnalysisResult result = REML.run(EffectMeasure.RR, studies);
        String svg = ForestPlot.of(result).withArms(studies).withRisksOfBias(List.of(
                new RobColumn("Randomisation process", randomisation), new RobColumn("Overall", overall))).svg();
        assertEquals(15, Figures.count(svg, "rob-circle"));
        assertTrue(svg.contains("fill=\"#02C100\""));
        assertTrue(svg.contains("fill=\"#BF0000\""));
        assertTrue(svg.contains("fill=\"#E2DF07\""));
        assertTrue(Figures.texts(svg, "footnote").contains("(A) Randomisation process"));
        assertThrows(IllegalArgumentException.class, () -> new RobColumn("D1", Map.of("x", "unclear-ish")));
    }

    @Test
    void everythingFitsInTheDocument() {
        String svg = bcg();
        double width = Figures.width(svg);
        Figures.numbers(svg, "favours", "x").forEach(x -> assertTrue(x < width));
        assertFalse(svg.contains("NaN"));
    }

    @Test
    void rendersAsPng() throws IOException {
        byte[] png = FigureFiles.png(bcg());
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }
}
