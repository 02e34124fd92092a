package org.evsynth.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.TauSquaredEstimator;
import org.junit.jupiter.api.Test;

/** The views of a fitted meta-regression: what they refuse, and how they fit together. */
class MetaRegressionViewsTest {

    /** dat.bcg: log risk ratios, their variances, absolute latitude and allocation. */
    private static final double[] Y = {-0.88931, -1.58539, -1.34807, -1.44155, -0.21755, -0.78612, -1.62090,
        0.01195, -0.46942, -1.37134, -0.33936, 0.44591, -0.01731};
    private static final double[] V = {0.32558, 0.19458, 0.41537, 0.02001, 0.05121, 0.00691, 0.22302, 0.00396,
        0.05643, 0.07302, 0.01241, 0.53251, 0.07140};
    private static final double[] ABLAT = {44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33};
    private static final String[] ALLOC = {"random", "random", "random", "random", "alternate", "alternate",
        "random", "random", "random", "systematic", "systematic", "systematic", "systematic"};

    private static ModelMatrix model() {
        return ModelMatrix.withIntercept(13).numeric("ablat", ABLAT).categorical("alloc", ALLOC).build();
    }

    @Test
    void predictionsTakeLevelNamesAndRefuseWhatTheModelDoesNotHave() {
        MetaRegressionResult fit = MetaRegression.withDefaults().fit(Y, V, model());
        Prediction p = fit.predict(Map.of("ablat", "30", "alloc", "random"), Math::exp);
        double theta = fit.coefficients().get(0).estimate() + 30 * fit.coefficients().get(1).estimate()
                + fit.coefficients().get(2).estimate();
        assertEquals(theta, p.theta(), 1e-12);
        assertEquals(Math.exp(theta), p.estimate(), 1e-12);
        assertTrue(p.piLower() < p.ciLower() && p.ciUpper() < p.piUpper());
        assertEquals("'blinded' is not a level of moderator 'alloc'; its levels are alternate, random, systematic",
                assertThrows(IllegalArgumentException.class,
                        () -> fit.predict(Map.of("ablat", "30", "alloc", "blinded"))).getMessage());
        assertEquals("no value given for moderator 'alloc'", assertThrows(IllegalArgumentException.class,
                () -> fit.predict(Map.of("ablat", "30"))).getMessage());
        assertEquals("'latitude' is not a moderator of the model; its moderators are ablat, alloc",
                assertThrows(IllegalArgumentException.class, () -> fit.predict(
                        Map.of("latitude", "30", "ablat", "1", "alloc", "random"))).getMessage());
        assertEquals("the value 'north' given for numeric moderator 'ablat' is not a number",
                assertThrows(IllegalArgumentException.class,
                        () -> fit.predict(Map.of("ablat", "north", "alloc", "random"))).getMessage());
    }

    @Test
    void theOmnibusTestIsTheTestOfEveryModeratorCoefficient() {
        MetaRegressionResult fit = MetaRegression.withDefaults().fit(Y, V, model());
        SubsetTest all = fit.subsetTest(2, 3, 4);
        assertEquals(fit.qm(), all.statistic(), 1e-12);
        assertEquals(fit.qmP(), all.pValue(), 1e-12);
        assertEquals(3, all.df());
        assertEquals(9, all.df2());
        LinearCombination slope = fit.linearCombination(0, 1, 0, 0);
        assertEquals(fit.coefficients().get(1).estimate(), slope.estimate(), 1e-15);
        assertEquals(fit.coefficients().get(1).ciUpper(), slope.ciUpper(), 1e-12);
        assertEquals("coefficient 5 does not exist: the model has 4, numbered from 1 (the intercept)",
                assertThrows(IllegalArgumentException.class, () -> fit.subsetTest(2, 5)).getMessage());
        assertEquals("coefficient 2 is given twice",
                assertThrows(IllegalArgumentException.class, () -> fit.subsetTest(2, 2)).getMessage());
        assertEquals("a linear combination needs one weight per coefficient (4, the intercept first), got 2",
                assertThrows(IllegalArgumentException.class, () -> fit.linearCombination(1, 30)).getMessage());
    }

    @Test
    void theLikelihoodRatioTestNeedsMaximumLikelihood() {
        ModelMatrix x = model();
        IllegalArgumentException reml = assertThrows(IllegalArgumentException.class,
                () -> MetaRegression.withDefaults().compare(Y, V, x, List.of("ablat")));
        assertTrue(reml.getMessage().startsWith("REML fits of models with different fixed effects cannot be compared"),
                reml.getMessage());
        assertEquals("a likelihood-ratio test needs models fitted by ML (or common-effect models); DL maximises no "
                + "likelihood", assertThrows(IllegalArgumentException.class, () -> MetaRegression.withDefaults()
                .with(TauSquaredEstimator.DL).compare(Y, V, x, List.of("ablat"))).getMessage());
        MetaRegression ml = MetaRegression.withDefaults().with(TauSquaredEstimator.ML).with(ConfidenceMethod.WALD);
        assertThrows(IllegalArgumentException.class, () -> ml.compare(Y, V, x, List.of("ablat", "alloc")));
        assertThrows(IllegalArgumentException.class, () -> ml.compare(Y, V, x, List.of("year")));
        ModelComparison c = ml.compare(Y, V, x, List.of("ablat"));
        assertEquals(2, c.df());
        assertEquals(ml.fit(Y, V, x).fitStatistics().aic(), c.aicFull(), 1e-9);
    }

    @Test
    void theCommonEffectModelHasNoTau2() {
        MetaRegressionResult fit = MetaRegression.withDefaults().with(Model.COMMON).with(ConfidenceMethod.WALD)
                .fit(Y, V, model());
        assertNull(fit.estimator());
        assertEquals(0, fit.tau2());
        assertTrue(Double.isNaN(fit.tau2CiLower()));
        assertTrue(Double.isNaN(fit.predict(Map.of("ablat", "30", "alloc", "random")).piUpper()));
        assertEquals(fit.qe() / fit.qeDf(), fit.h2(), 1e-12);
    }

    @Test
    void genqNeedsWeightsAndRobustErrorsNeedClusters() {
        assertEquals("the GENQ estimator of tau² needs weights", assertThrows(IllegalArgumentException.class,
                () -> MetaRegression.withDefaults().with(TauSquaredEstimator.GENQ).fit(Y, V, model())).getMessage());
        MetaRegressionResult fit = MetaRegression.withDefaults().fit(Y, V, model());
        List<String> three = List.of("a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "c", "c", "c");
        assertEquals("the number of clusters (3) must be larger than the number of coefficients (4)",
                assertThrows(IllegalArgumentException.class, () -> fit.robust(three)).getMessage());
        List<String> each = java.util.stream.IntStream.range(0, 13).mapToObj(i -> "s" + i).toList();
        ClusterRobustResult robust = fit.robust(each);
        assertEquals(13, robust.clusters());
        assertEquals(9, robust.df());
    }
}
