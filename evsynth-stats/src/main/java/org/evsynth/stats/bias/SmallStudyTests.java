package org.evsynth.stats.bias;

import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.TDistribution;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.regression.WeightedLinearModel;

/**
 * Tests for small-study effects (funnel-plot asymmetry). The Cochrane Handbook (10.4.3.1) advises against them
 * with fewer than 10 studies, where they have too little power to tell chance from asymmetry; callers show
 * {@link #FEW_STUDIES_WARNING} then.
 */
public final class SmallStudyTests {

    /** The fewest studies for which the tests are recommended. */
    public static final int RECOMMENDED_MINIMUM = 10;

    /** The warning for k below {@link #RECOMMENDED_MINIMUM}. */
    public static final String FEW_STUDIES_WARNING = "fewer than 10 studies: tests for funnel-plot asymmetry have "
            + "too little power to distinguish chance from real asymmetry (Cochrane Handbook 10.4.3.1)";

    private SmallStudyTests() {
    }

    /**
     * Egger's regression test (Egger et al. 1997) in its classical form, as metafor's
     * {@code regtest(model = "lm", predictor = "sei")}: the weighted linear model yᵢ = β₀ + β₁·SEᵢ with weights
     * 1/vᵢ and t inference on k - 2 degrees of freedom. β₁ is the bias term (Egger's intercept on the standard
     * normal deviate scale); β₀ is the limit estimate, the effect of a study with SE → 0.
     */
    public static RegressionTest egger(List<StudyEffect> effects) {
        int k = requireStudies(effects, 3);
        double[] y = new double[k];
        double[][] x = new double[k][];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            StudyEffect e = effects.get(i);
            y[i] = e.theta();
            x[i] = new double[] {1, Math.sqrt(e.variance())};
            w[i] = 1 / e.variance();
        }
        WeightedLinearModel model = WeightedLinearModel.fit(y, x, w);
        return test(model, 1, model.coefficients()[0], model.standardErrors()[0]);
    }

    /**
     * Peters' test (Peters et al. 2006) for binary outcomes: the weighted linear model yᵢ = β₀ + β₁/Nᵢ, Nᵢ the
     * study's total sample size, with Peters' weights (aᵢ + cᵢ)(bᵢ + dᵢ)/Nᵢ from the raw counts (the inverse of the
     * approximate variance 1/(aᵢ + cᵢ) + 1/(bᵢ + dᵢ) of the log OR); β₁ is the bias term, t on k - 2 df.
     */
    public static RegressionTest peters(List<StudyEffect> effects) {
        int k = requireStudies(effects, 3);
        double[] y = new double[k];
        double[][] x = new double[k][];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            StudyEffect e = effects.get(i);
            BinaryStudy s = binary(e);
            double n = s.total1() + s.total2();
            double events = s.events1() + s.events2();
            y[i] = e.theta();
            x[i] = new double[] {1, 1 / n};
            w[i] = events * (n - events) / n;
        }
        WeightedLinearModel model = WeightedLinearModel.fit(y, x, w);
        return test(model, 1, Double.NaN, Double.NaN);
    }

    /**
     * Harbord's modified test for binary outcomes (Harbord, Egger & Sterne 2006): the efficient score
     * Zᵢ = Oᵢ - Eᵢ and its variance Vᵢ (the hypergeometric variance) of the log odds ratio; Zᵢ/√Vᵢ regressed on √Vᵢ
     * by ordinary least squares. The intercept is the bias term, tested with t on k - 2 degrees of freedom.
     * Studies whose Vᵢ is zero (no events or only events) carry no information and are left out.
     */
    public static RegressionTest harbord(List<StudyEffect> effects) {
        List<BinaryStudy> studies = effects.stream().map(SmallStudyTests::binary)
                .filter(s -> scoreVariance(s) > 0).toList();
        int k = studies.size();
        if (k < 3) {
            throw new IllegalArgumentException("Harbord's test needs at least 3 studies with events, got " + k);
        }
        double[] y = new double[k];
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) {
            BinaryStudy s = studies.get(i);
            double v = scoreVariance(s);
            double n = s.total1() + s.total2();
            double score = s.events1() - s.total1() * (s.events1() + s.events2()) / n;
            y[i] = score / Math.sqrt(v);
            x[i] = new double[] {1, Math.sqrt(v)};
        }
        WeightedLinearModel model = WeightedLinearModel.fit(y, x, null);
        return test(model, 0, Double.NaN, Double.NaN);
    }

    private static double scoreVariance(BinaryStudy s) {
        double n = s.total1() + s.total2();
        double events = s.events1() + s.events2();
        return s.total1() * s.total2() * events * (n - events) / (n * n * (n - 1));
    }

    private static RegressionTest test(WeightedLinearModel model, int biasIndex, double limit, double limitSe) {
        double bias = model.coefficients()[biasIndex];
        double se = model.standardErrors()[biasIndex];
        double t = bias / se;
        double p = 2 * TDistribution.of(model.residualDf()).survivalProbability(Math.abs(t));
        return new RegressionTest(bias, se, t, model.residualDf(), p, limit, limitSe);
    }

    /**
     * Begg and Mazumdar's rank correlation test (1994), as metafor's {@code ranktest}: Kendall's tau between
     * the standardised effects (yᵢ - θ̂)/√(vᵢ - v̂) around the common-effect estimate θ̂ (variance v̂) and the
     * variances vᵢ.
     */
    public static RankCorrelationTest begg(List<StudyEffect> effects) {
        int k = requireStudies(effects, 3);
        double sumW = 0;
        double sumWY = 0;
        for (StudyEffect e : effects) {
            sumW += 1 / e.variance();
            sumWY += e.theta() / e.variance();
        }
        double theta = sumWY / sumW;
        double varianceOfTheta = 1 / sumW;
        double[] standardised = new double[k];
        double[] variances = new double[k];
        for (int i = 0; i < k; i++) {
            StudyEffect e = effects.get(i);
            standardised[i] = (e.theta() - theta) / Math.sqrt(e.variance() - varianceOfTheta);
            variances[i] = e.variance();
        }
        return KendallTau.test(standardised, variances);
    }

    private static int requireStudies(List<StudyEffect> effects, int minimum) {
        if (effects.size() < minimum) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the test needs at least %d studies, got %d", minimum, effects.size()));
        }
        return effects.size();
    }

    private static BinaryStudy binary(StudyEffect effect) {
        if (effect.data() instanceof BinaryStudy s) {
            return s;
        }
        throw new IllegalArgumentException("this test is for binary outcomes (events and totals per arm); study '"
                + effect.study() + "' has " + effect.data().kind().name().toLowerCase(Locale.ROOT) + " data");
    }
}
