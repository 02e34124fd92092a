package org.evsynth.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.ProportionStudy;
import org.junit.jupiter.api.Test;

/**
 * The library API as the README shows it, with figures from metafor 3.8-1 (dat.bcg; see
 * tools/reference/meta-fixtures.R), so the README's example stays compiling and true.
 */
class MetaAnalysisApiTest {

    /** dat.bcg: BCG vaccine trials, vaccinated arm first. */
    static final List<BinaryStudy> BCG = List.of(
            BinaryStudy.of("Aronson 1948", 4, 123, 11, 139),
            BinaryStudy.of("Ferguson & Simes 1949", 6, 306, 29, 303),
            BinaryStudy.of("Rosenthal et al 1960", 3, 231, 11, 220),
            BinaryStudy.of("Hart & Sutherland 1977", 62, 13598, 248, 12867),
            BinaryStudy.of("Frimodt-Moller et al 1973", 33, 5069, 47, 5808),
            BinaryStudy.of("Stein & Aronson 1953", 180, 1541, 372, 1451),
            BinaryStudy.of("Vandiviere et al 1973", 8, 2545, 10, 629),
            BinaryStudy.of("TPT Madras 1980", 505, 88391, 499, 88391),
            BinaryStudy.of("Coetzee & Berjak 1968", 29, 7499, 45, 7277),
            BinaryStudy.of("Rosenthal et al 1961", 17, 1716, 65, 1665),
            BinaryStudy.of("Comstock et al 1974", 186, 50634, 141, 27338),
            BinaryStudy.of("Comstock & Webster 1969", 5, 2498, 3, 2341),
            BinaryStudy.of("Comstock et al 1976", 27, 16913, 29, 17854));

    @Test
    void readmeExample() {
        MetaAnalysisResult result = MetaAnalysis.withDefaults().run(EffectMeasure.RR, BCG);
        assertEquals(0.48942093982603, result.pooled().estimate(), 1e-9);
        assertEquals(0.330072248483599, result.pooled().ciLower(), 1e-9);
        assertEquals(0.725698259822339, result.pooled().ciUpper(), 1e-9);
        assertEquals(0.313243258136486, result.heterogeneity().tau2(), 1e-9);
        assertEquals(92.2213845212691, result.heterogeneity().i2(), 1e-7);
        assertEquals(ConfidenceMethod.HKSJ, result.confidenceMethod());

        MetaAnalysisResult dl = MetaAnalysis.withDefaults()
                .with(TauSquaredEstimator.DL)
                .with(ConfidenceMethod.WALD)
                .with(PredictionMethod.Z)
                .run(EffectMeasure.RR, BCG);
        assertEquals(TauSquaredEstimator.DL, dl.estimator());
        assertEquals(ConfidenceMethod.WALD, dl.confidenceMethod());
    }

    @Test
    void mantelHaenszelDefaultsToACommonEffectWithWaldInterval() {
        MetaAnalysis mh = MetaAnalysis.withDefaults().with(Pooling.MH);
        assertEquals(Model.COMMON, mh.model());
        assertEquals(ConfidenceMethod.WALD, mh.confidenceMethod());
        MetaAnalysisResult result = mh.run(EffectMeasure.OR, BCG);
        assertNull(result.estimator());
        assertTrue(Double.isNaN(result.heterogeneity().tau2()));
        assertTrue(!result.predictionInterval().isAvailable());
    }

    @Test
    void settingsAreImmutable() {
        MetaAnalysis defaults = MetaAnalysis.withDefaults();
        defaults.with(TauSquaredEstimator.DL);
        assertEquals(TauSquaredEstimator.REML, defaults.estimator());
        assertThrows(IllegalArgumentException.class, () -> defaults.withLevel(95));
    }

    @Test
    void singleStudyGivesItsOwnEstimateAndNoHeterogeneity() {
        MetaAnalysisResult result = MetaAnalysis.withDefaults().run(EffectMeasure.OR, BCG.subList(0, 1));
        assertEquals(1, result.k());
        // Aronson 1948: OR = (4 × 128) / (119 × 11)
        assertEquals(4.0 * 128 / (119 * 11), result.pooled().estimate(), 1e-12);
        assertTrue(Double.isNaN(result.heterogeneity().q()));
        assertEquals(100, result.studies().get(0).weight(), 0);
        assertTrue(result.notes().get(0).startsWith("only one study"));
    }

    @Test
    void twoStudiesHaveNoTBasedPredictionInterval() {
        MetaAnalysisResult result = MetaAnalysis.withDefaults().run(EffectMeasure.RR, BCG.subList(0, 2));
        assertEquals(2, result.k());
        assertTrue(!result.predictionInterval().isAvailable());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("at least 3 studies")));
        MetaAnalysisResult z = MetaAnalysis.withDefaults().with(PredictionMethod.Z).run(EffectMeasure.RR, BCG.subList(0, 2));
        assertTrue(z.predictionInterval().isAvailable());
    }

    @Test
    void subgroupsKeepTheirOrderOfFirstAppearance() {
        SubgroupAnalysisResult result = MetaAnalysis.withDefaults()
                .runBySubgroup(EffectMeasure.RR, BCG, s -> s.study().contains("Comstock") ? "Comstock" : "others");
        assertEquals(List.of("others", "Comstock"), result.subgroups().stream().map(Subgroup::name).toList());
        assertEquals(1, result.test().df());
        assertEquals(13, result.overall().k());
    }

    @Test
    void pooledProportionIsBackTransformedWithTheHarmonicMean() {
        List<ProportionStudy> studies = List.of(ProportionStudy.of("A", 39, 179), ProportionStudy.of("B", 162, 776),
                ProportionStudy.of("C", 538, 3409));
        MetaAnalysisResult result = MetaAnalysis.withDefaults().run(EffectMeasure.PFT, studies);
        assertTrue(result.pooled().estimate() > 0.15 && result.pooled().estimate() < 0.22,
                () -> "pooled rate " + result.pooled().estimate());
        assertEquals(39.0 / 179, result.studies().get(0).estimate(), 1e-12);
    }

    @Test
    void everyEstimatorGivesZeroWhenStudiesAgree() {
        double[] y = {0.2, 0.2, 0.2, 0.2};
        double[] v = {0.01, 0.02, 0.03, 0.04};
        double[] weights = {1, 2, 3, 4};
        for (TauSquaredEstimator estimator : TauSquaredEstimator.values()) {
            assertEquals(0, estimator.estimate(y, v, weights), 0, estimator.name());
        }
    }

    @Test
    void nonConvergenceNamesTheEstimatorTheIterationsAndTheLastValue() {
        ConvergenceException e = new ConvergenceException("REML", 1000, 0.0459317);
        assertEquals("REML", e.estimator());
        assertEquals(1000, e.iterations());
        assertEquals("the REML estimator of tau² did not converge after 1000 iterations (last value 0.0459317); "
                + "try another estimator, e.g. --method DL", e.getMessage());
    }

    /**
     * A generated analysis (tools/bench, A18180) where Fisher scoring creeps towards the root too slowly and
     * cutting steps at zero made it cycle; metafor 3.8 (threshold 1e-12, maxiter 1e5) gives τ² = 0.04593170937
     * and RR 0.6580991.
     */
    @Test
    void slowScoringStillReachesTheRemlEstimate() {
        List<BinaryStudy> studies = List.of(
                BinaryStudy.of("S01", 10, 27, 11, 31), BinaryStudy.of("S02", 3, 136, 2, 132),
                BinaryStudy.of("S03", 7, 44, 12, 41), BinaryStudy.of("S04", 5, 206, 5, 238),
                BinaryStudy.of("S05", 5, 66, 6, 63), BinaryStudy.of("S06", 0, 20, 3, 21),
                BinaryStudy.of("S07", 5, 21, 8, 22), BinaryStudy.of("S08", 18, 239, 33, 215),
                BinaryStudy.of("S09", 3, 20, 7, 20), BinaryStudy.of("S10", 9, 60, 15, 71),
                BinaryStudy.of("S11", 6, 69, 4, 68), BinaryStudy.of("S12", 8, 91, 14, 74),
                BinaryStudy.of("S13", 37, 240, 93, 275), BinaryStudy.of("S14", 3, 24, 5, 21),
                BinaryStudy.of("S15", 5, 190, 11, 187), BinaryStudy.of("S16", 9, 106, 10, 86),
                BinaryStudy.of("S17", 81, 390, 93, 402));
        MetaAnalysisResult result = MetaAnalysis.withDefaults().run(EffectMeasure.RR, studies);
        assertEquals(0.04593170937, result.heterogeneity().tau2(), 1e-10);
        assertEquals(0.6580991, result.pooled().estimate(), 1e-7);
    }

    @Test
    void scoringCutShortFallsBackToTheRootOfTheEstimatingEquation() {
        double[] y = BCG.stream().mapToDouble(s -> Math.log((s.events1() / s.total1()) / (s.events2() / s.total2()))).toArray();
        double[] v = BCG.stream().mapToDouble(s -> 1 / s.events1() - 1 / s.total1() + 1 / s.events2() - 1 / s.total2()).toArray();
        assertEquals(0.313243258136486, TauSquaredEstimation.fisherScoring(TauSquaredEstimator.REML, y, v, true, 2),
                1e-10);
    }

    @Test
    void remlNeedsOnlyAFewIterationsOnRealData() {
        double[] y = BCG.stream().mapToDouble(s -> Math.log((s.events1() / s.total1()) / (s.events2() / s.total2()))).toArray();
        double[] v = BCG.stream().mapToDouble(s -> 1 / s.events1() - 1 / s.total1() + 1 / s.events2() - 1 / s.total2()).toArray();
        assertEquals(0.313243258136486, TauSquaredEstimation.fisherScoring(TauSquaredEstimator.REML, y, v, true, 100),
                1e-10);
    }
}
