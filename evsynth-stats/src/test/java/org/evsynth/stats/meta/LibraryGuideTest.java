package org.evsynth.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.PersonTimeStudy;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.regression.LinearCombination;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.MetaRegressionResult;
import org.evsynth.stats.regression.ModelComparison;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.regression.Prediction;
import org.evsynth.stats.regression.SubsetTest;
import org.junit.jupiter.api.Test;

/**
 * The README's 'Use it as a library' examples of issue 14, compiled and checked against metafor 3.8-1 (the figures
 * are those of the committed fixtures: measures/hart_irr_mh, extras/bcg_rr_reml_hksj_henmi_copas,
 * metareg/bcg_rr_ml_wald_ablat_year_lrt).
 */
class LibraryGuideTest {

    private static final List<BinaryStudy> BCG = MetaAnalysisApiTest.BCG;
    private static final double[] ABLAT = {44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33};
    private static final double[] YEAR = {1948, 1949, 1960, 1977, 1973, 1953, 1973, 1980, 1968, 1961, 1974, 1969,
        1976};

    @Test
    void incidenceRatesByMantelHaenszel() {
        List<PersonTimeStudy> trials = List.of(
                PersonTimeStudy.of("AFASAK 1989", 9, 413, 19, 398),
                PersonTimeStudy.of("SPAF 1991", 8, 263, 19, 245),
                PersonTimeStudy.of("BAATAF 1990", 3, 487, 13, 435),
                PersonTimeStudy.of("CAFA 1991", 6, 237, 9, 241),
                PersonTimeStudy.of("SPINAF 1992", 7, 489, 23, 483),
                PersonTimeStudy.of("EAFT 1993", 20, 507, 50, 405));
        MetaAnalysisResult irr = MetaAnalysis.withDefaults().with(Pooling.MH).run(EffectMeasure.IRR, trials);
        assertEquals(0.357158864731498, irr.pooled().estimate(), 1e-12);
        assertEquals(0.25994771517233, irr.pooled().ciLower(), 1e-12);
    }

    @Test
    void henmiCopasBesideTheMainResult() {
        MetaAnalysisResult r = MetaAnalysis.withDefaults().with(TauSquaredCiMethod.GENQ).run(EffectMeasure.RR, BCG);
        HenmiCopas hc = HenmiCopas.of(r);
        assertEquals(0.650323619619482, hc.estimate(), 1e-9);
        assertEquals(0.314884692750245, hc.ciLower(), 1e-8);
        assertEquals(1.34309739397345, hc.ciUpper(), 1e-8);
    }

    @Test
    void metaRegressionViews() {
        MetaAnalysis settings = MetaAnalysis.withDefaults();
        EffectSizes sizes = settings.effectSizes(EffectMeasure.RR, BCG);
        List<StudyEffect> effects = sizes.effects();
        double[] y = effects.stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = effects.stream().mapToDouble(StudyEffect::variance).toArray();
        ModelMatrix x = ModelMatrix.withIntercept(13).numeric("ablat", ABLAT).numeric("year", YEAR).build();
        MetaRegression regression = MetaRegression.withDefaults().with(TauSquaredEstimator.ML)
                .with(ConfidenceMethod.WALD);
        MetaRegressionResult fit = regression.fit(y, v, x);
        assertEquals(0.0217867280025673, fit.tau2CiLower(), 1e-8);
        assertEquals(23.2922304554602, fit.fitStatistics().aic(), 1e-8);
        SubsetTest year = fit.subsetTest(3);
        assertEquals(0.728209243337974, year.pValue(), 1e-7);
        LinearCombination at30 = fit.linearCombination(1, 30, 1970);
        Prediction p = fit.predict(Map.of("ablat", "30", "year", "1970"),
                BackTransform.forPooled(EffectMeasure.RR, effects));
        assertEquals(at30.estimate(), p.theta(), 1e-12);
        assertEquals(0.549338307328194, p.estimate(), 1e-8);
        assertEquals(0.364661276712083, p.piLower(), 1e-8);
        ModelComparison lrt = regression.compare(y, v, x, List.of("ablat"));
        assertEquals(0.0791006013680509, lrt.lrt(), 1e-8);
        assertEquals(21.3713310568283, lrt.aicReduced(), 1e-8);
    }
}
