package org.evsynth.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Subgroup;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.junit.jupiter.api.Test;

/**
 * Subgroups with a common τ² on dat.bcg by allocation, against metafor 3.8-1:
 * rma(yi, vi, mods = ~ alloc - 1, method = "REML") for the estimates and τ², and the QM of
 * rma(yi, vi, mods = ~ alloc) for the test of subgroup differences.
 */
class CommonTau2SubgroupsTest {

    @Test
    void estimatesAndTestAgreeWithTheMixedEffectsModel() {
        List<BinaryStudy> studies = new ArrayList<>();
        Map<BinaryStudy, String> alloc = new IdentityHashMap<>();
        for (int i = 0; i < MetaRegressionTest.BCG.length; i++) {
            double[] r = MetaRegressionTest.BCG[i];
            BinaryStudy s = BinaryStudy.of("trial " + i, r[0], r[1], r[2], r[3]);
            studies.add(s);
            alloc.put(s, MetaRegressionTest.ALLOC[i]);
        }
        SubgroupAnalysisResult result = CommonTau2Subgroups.run(MetaAnalysis.withDefaults().with(ConfidenceMethod.WALD),
                EffectMeasure.RR, studies, alloc::get);
        Map<String, Double> theta = new java.util.HashMap<>();
        for (Subgroup g : result.subgroups()) {
            theta.put(g.name(), g.result().pooled().theta());
            assertEquals(0.361503664324, g.result().heterogeneity().tau2(), 1e-9);
        }
        assertEquals(-0.517955777155, theta.get("alternate"), 1e-9);
        assertEquals(-0.965774178546, theta.get("random"), 1e-9);
        assertEquals(-0.428917560924, theta.get("systematic"), 1e-9);
        assertEquals(1.76751140193, result.test().q(), 1e-8);
        assertEquals(0.413228032757, result.test().pValue(), 1e-9);
        assertEquals(0.313243258136486, result.overall().heterogeneity().tau2(), 1e-9);
    }
}
