package org.evsynth.report.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.TauSquaredEstimator;
import org.junit.jupiter.api.Test;

class MethodsTextTest {

    @Test
    void defaultsAreDescribedWithTheirReferences() {
        String text = MethodsText.describe(MetaAnalysis.withDefaults(), EffectMeasure.RR, "0.1.0");
        assertTrue(text.startsWith("Effects were expressed as risk ratios and pooled on the log scale."), text);
        assertTrue(text.contains("restricted maximum likelihood (Viechtbauer 2005)"), text);
        assertTrue(text.contains("Hartung-Knapp-Sidik-Jonkman"), text);
        assertTrue(text.contains("k − 2 degrees of freedom"), text);
        assertTrue(text.contains("0.5 was added to each cell"), text);
        assertTrue(text.contains("evsynth 0.1.0"), text);
    }

    @Test
    void theTextFollowsTheSettings() {
        String dl = MethodsText.describe(MetaAnalysis.withDefaults().with(TauSquaredEstimator.DL)
                .with(ConfidenceMethod.WALD), EffectMeasure.OR, "x");
        assertTrue(dl.contains("DerSimonian-Laird") && dl.contains("Wald-type"), dl);
        String mh = MethodsText.describe(MetaAnalysis.withDefaults().with(Pooling.MH), EffectMeasure.RD, "x");
        assertTrue(mh.contains("Mantel-Haenszel") && !mh.contains("Studies without events"), mh);
    }
}
