package org.evsynth.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.PersonTimeStudy;
import org.evsynth.stats.regression.ClusterRobust;
import org.junit.jupiter.api.Test;

/** Mantel-Haenszel pooling of person-time, the generalised-Q interval at k = 2, and what the new views refuse. */
class RateAndRobustPoolingTest {

    private static final List<PersonTimeStudy> HART = List.of(
            PersonTimeStudy.of("AFASAK 1989", 9, 413, 19, 398),
            PersonTimeStudy.of("SPAF 1991", 8, 263, 19, 245),
            PersonTimeStudy.of("BAATAF 1990", 3, 487, 13, 435));

    @Test
    void mantelHaenszelRateRatioFromTheRawCounts() {
        MetaAnalysisResult mh = MetaAnalysis.withDefaults().with(Pooling.MH).run(EffectMeasure.IRR, HART);
        double r = 0;
        double s = 0;
        double v = 0;
        for (PersonTimeStudy t : HART) {
            double total = t.time1() + t.time2();
            r += t.events1() * t.time2() / total;
            s += t.events2() * t.time1() / total;
            v += t.time1() / total * (t.time2() / total) * (t.events1() + t.events2());
        }
        assertEquals(r / s, mh.pooled().estimate(), 1e-14);
        assertEquals(Math.sqrt(v / (r * s)), mh.pooled().se(), 1e-14);
        assertEquals(Model.COMMON, mh.model());
    }

    @Test
    void mantelHaenszelNeedsTheRightData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetaAnalysis.withDefaults()
                .with(Pooling.MH).run(EffectMeasure.IRR, List.of(BinaryStudy.of("A", 1, 10, 2, 10))));
        assertEquals("Mantel-Haenszel pooling needs events and person-time per arm", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MetaAnalysis.withDefaults().with(Pooling.PETO).run(EffectMeasure.IRR, HART));
    }

    @Test
    void generalisedQIntervalOfTwoStudiesInClosedForm() {
        // k = 2: Q_a = a1a2/(a1 + a2) (y1 - y2)², and y1 - y2 ~ N(0, v1 + v2 + 2τ²), so each limit solves
        // q (a1 + a2) / (a1 a2 (v1 + v2 + 2τ²)) = a χ²₁ quantile.
        double y1 = 0.1;
        double y2 = 0.9;
        double v1 = 0.04;
        double v2 = 0.09;
        MetaAnalysisResult r = MetaAnalysis.withDefaults().with(TauSquaredEstimator.DL).with(TauSquaredCiMethod.GENQ)
                .run(EffectMeasure.GEN, List.of(GenericStudy.of("1", y1, Math.sqrt(v1)),
                        GenericStudy.of("2", y2, Math.sqrt(v2))));
        double scaled = (y1 - y2) * (y1 - y2);
        ChiSquaredDistribution chi2 = ChiSquaredDistribution.of(1);
        double upper = (scaled / chi2.inverseCumulativeProbability(0.025) - v1 - v2) / 2;
        double lower = Math.max(0, (scaled / chi2.inverseCumulativeProbability(0.975) - v1 - v2) / 2);
        assertEquals(upper, r.heterogeneity().tau2CiUpper(), 1e-9 * upper);
        assertEquals(lower, r.heterogeneity().tau2CiLower(), 1e-10);
        assertEquals(TauSquaredCiMethod.GENQ, r.heterogeneity().tau2CiMethod());
    }

    @Test
    void countBasedModelsHaveNoHenmiCopasOrRobustErrors() {
        MetaAnalysisResult mh = MetaAnalysis.withDefaults().with(Pooling.MH).run(EffectMeasure.IRR, HART);
        assertEquals("the Henmi-Copas interval is for inverse-variance models, not MH",
                assertThrows(IllegalArgumentException.class, () -> HenmiCopas.of(mh)).getMessage());
        assertEquals("cluster-robust standard errors are for inverse-variance models, not MH",
                assertThrows(IllegalArgumentException.class,
                        () -> ClusterRobust.of(mh, List.of("a", "a", "b"))).getMessage());
    }

    @Test
    void robustErrorsNeedMoreClustersThanCoefficientsAndALabelForEach() {
        MetaAnalysisResult iv = MetaAnalysis.withDefaults().run(EffectMeasure.IRR, HART);
        assertEquals("the number of clusters (1) must be larger than the number of coefficients (1)",
                assertThrows(IllegalArgumentException.class,
                        () -> ClusterRobust.of(iv, List.of("a", "a", "a"))).getMessage());
        assertEquals("the cluster of 'SPAF 1991' is empty; every study needs one",
                assertThrows(IllegalArgumentException.class,
                        () -> ClusterRobust.of(iv, List.of("a", " ", "b"))).getMessage());
        assertEquals("2 cluster labels for 3 studies: give one per study",
                assertThrows(IllegalArgumentException.class, () -> ClusterRobust.of(iv, List.of("a", "b")))
                        .getMessage());
        PooledEffect robust = ClusterRobust.of(iv, List.of("a", "b", "c"));
        assertEquals(2, robust.df());
        assertEquals(iv.pooled().theta(), robust.theta(), 1e-15);
    }
}
