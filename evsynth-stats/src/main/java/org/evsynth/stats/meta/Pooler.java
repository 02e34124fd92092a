package org.evsynth.stats.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.PersonTimeStudy;
import org.evsynth.stats.effect.StudyEffect;

/** One pooling of k ≥ 2 study effects under the given settings. */
final class Pooler {

    /** metafor's test for studies that agree exactly: a weighted residual sum of squares at most machine ε. */
    private static final double NO_RESIDUAL = Math.ulp(1.0);

    private final MetaAnalysis settings;
    private final EffectMeasure measure;
    private final EffectSizes sizes;
    private final BackTransform natural;
    private final List<String> notes;
    private final List<String> warnings = new ArrayList<>();
    private final double[] y;
    private final double[] v;
    private final double[] userWeights;
    private final int k;

    Pooler(MetaAnalysis settings, EffectMeasure measure, EffectSizes sizes, BackTransform natural, List<String> notes) {
        this.settings = settings;
        this.measure = measure;
        this.sizes = sizes;
        this.natural = natural;
        this.notes = notes;
        List<StudyEffect> effects = sizes.effects();
        this.k = effects.size();
        this.y = new double[k];
        this.v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = effects.get(i).theta();
            v[i] = effects.get(i).variance();
        }
        this.userWeights = userWeights(settings, effects);
    }

    private static double[] userWeights(MetaAnalysis settings, List<StudyEffect> effects) {
        if (settings.weights() == null || settings.pooling() != Pooling.IV) {
            return null;
        }
        double[] a = new double[effects.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = settings.weights().applyAsDouble(effects.get(i).data());
            if (!(a[i] > 0) || !Double.isFinite(a[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the weight of study '%s' (%s) must be a positive number", effects.get(i).study(), a[i]));
            }
        }
        return a;
    }

    MetaAnalysisResult result() {
        Model model = settings.model();
        if (settings.estimator() == TauSquaredEstimator.GENQ && userWeights == null && model == Model.RANDOM) {
            throw new IllegalArgumentException("the GENQ estimator of tau² needs weights (withWeights)");
        }
        boolean estimated = model == Model.RANDOM && Double.isNaN(settings.fixedTau2());
        double tau2 = model != Model.RANDOM ? 0
                : estimated ? settings.estimator().estimate(y, v, userWeights) : settings.fixedTau2();
        double theta;
        double variance;
        double[] weights;
        double methodQ = Double.NaN;
        if (settings.pooling() == Pooling.IV) {
            weights = new double[k];
            double sumW = 0;
            double sumWY = 0;
            for (int i = 0; i < k; i++) {
                weights[i] = userWeights != null ? userWeights[i] : 1 / (v[i] + tau2);
                sumW += weights[i];
                sumWY += weights[i] * y[i];
            }
            theta = sumWY / sumW;
            variance = userWeights == null ? 1 / sumW : sandwichVariance(tau2, sumW);
        } else {
            CountBasedEstimate estimate = countBased();
            theta = estimate.theta();
            variance = estimate.variance();
            weights = estimate.weights();
            methodQ = estimate.q();
        }
        PooledEffect pooled = pooledEffect(theta, variance, tau2);
        PooledEffect wald = settings.confidenceMethod().isHartungKnapp() ? wald(theta, variance) : null;
        Heterogeneity heterogeneity = heterogeneity(model, theta, tau2, methodQ, estimated);
        return new MetaAnalysisResult(measure, model, model == Model.RANDOM ? settings.estimator() : null,
                settings.pooling(), settings.confidenceMethod(), settings.predictionMethod(), settings.level(), k,
                pooled, heterogeneity, predictionInterval(model, theta, variance, tau2), studyRows(weights),
                sizes.excluded(), notes, wald, warnings, natural);
    }

    /** Σaᵢ²(vᵢ + τ²)/(Σaᵢ)², the variance of a fixed-weight estimate (metafor's vb with {@code weights}). */
    private double sandwichVariance(double tau2, double sumA) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += userWeights[i] * userWeights[i] * (v[i] + tau2);
        }
        return sum / (sumA * sumA);
    }

    private CountBasedEstimate countBased() {
        CountBasedEstimate estimate;
        double correction = settings.zeroCellCorrection().value();
        if (measure == EffectMeasure.IRR || measure == EffectMeasure.IRD) {
            List<PersonTimeStudy> studies = new ArrayList<>(k);
            sizes.effects().forEach(e -> studies.add((PersonTimeStudy) e.data()));
            estimate = MantelHaenszelRates.pool(measure, studies, correction);
        } else {
            List<BinaryStudy> tables = new ArrayList<>(k);
            sizes.effects().forEach(e -> tables.add((BinaryStudy) e.data()));
            if (settings.pooling() == Pooling.PETO) {
                return Peto.pool(tables);
            }
            estimate = MantelHaenszel.pool(measure, tables, correction);
        }
        if (estimate.corrected()) {
            notes.add(String.format(Locale.ROOT,
                    "the Mantel-Haenszel estimate cannot be computed from the raw counts; "
                            + "%s was added to the cells of studies with a zero cell", correction));
        }
        if (estimate.variance() == 0) {
            notes.add(MantelHaenszel.DEGENERATE_NOTE);
        }
        return estimate;
    }

    /**
     * The pooled effect with its Wald or HKSJ interval and test. HKSJ scales the variance by
     * s² = Σwᵢ(yᵢ - μ̂_w)²/(k-1) with the inverse-variance weights wᵢ = 1/(vᵢ + τ²) (also under user weights, as
     * metafor); the modified HKSJ uses max(1, s²). A variance of 0 (Mantel-Haenszel RD with no events anywhere)
     * gives no interval and no test.
     */
    private PooledEffect pooledEffect(double theta, double variance, double tau2) {
        ConfidenceMethod method = settings.confidenceMethod();
        if (!method.isHartungKnapp()) {
            return wald(theta, variance);
        }
        double residual = WeightedSums.at(y, v, tau2).q();
        double scale = residual <= NO_RESIDUAL ? 0 : residual / (k - 1);
        if (method == ConfidenceMethod.HKSJ_MODIFIED) {
            scale = Math.max(1, scale);
        } else if (scale == 0) {
            warnings.add("the studies agree exactly (Q = 0), so the HKSJ interval collapses to the estimate and its "
                    + "test statistic is infinite; the Wald interval is given beside it (the modified HKSJ method, "
                    + "whose variance is never below the Wald variance, avoids this)");
        }
        double se = Math.sqrt(scale * variance);
        double df = k - 1;
        double crit = Quantiles.critical(settings.level(), df);
        double statistic = theta / se;
        return new PooledEffect(theta, se, natural.toNatural(theta), natural.toNatural(theta - crit * se),
                natural.toNatural(theta + crit * se), statistic, Quantiles.twoSidedP(statistic, df), df);
    }

    private PooledEffect wald(double theta, double variance) {
        double se = Math.sqrt(variance);
        if (se == 0) {
            double nan = Double.NaN;
            return new PooledEffect(theta, 0, natural.toNatural(theta), nan, nan, nan, nan, nan);
        }
        double crit = Quantiles.critical(settings.level(), Double.NaN);
        double statistic = theta / se;
        return new PooledEffect(theta, se, natural.toNatural(theta), natural.toNatural(theta - crit * se),
                natural.toNatural(theta + crit * se), statistic, Quantiles.twoSidedP(statistic, Double.NaN), Double.NaN);
    }

    /**
     * Q around the common-effect estimate (or the MH estimate, as metafor's rma.mh does; Peto's own Q);
     * I² and H² from τ² for random-effects models with s² = (k-1)Σw / ((Σw)² - Σw²), w = 1/v
     * (Higgins & Thompson 2002), and from Q otherwise; the interval for τ² by the chosen method, and those of
     * τ, I² and H² from its limits.
     */
    private Heterogeneity heterogeneity(Model model, double theta, double tau2, double methodQ, boolean estimated) {
        WeightedSums fixed = WeightedSums.at(y, v, 0);
        double center = settings.pooling() == Pooling.IV ? fixed.mean() : theta;
        double q = methodQ;
        if (Double.isNaN(q)) {
            q = 0;
            for (int i = 0; i < k; i++) {
                q += (y[i] - center) * (y[i] - center) / v[i];
            }
        }
        int df = k - 1;
        double pQ = Quantiles.chiSquaredP(q, df);
        double i2Q = q > 0 ? 100 * Math.max(0, (q - df) / q) : 0;
        double nan = Double.NaN;
        if (model != Model.RANDOM) {
            return new Heterogeneity(q, df, pQ, nan, nan, nan, nan, i2Q, i2Q, nan, nan, q / df, nan, null, nan, nan,
                    nan, nan);
        }
        double s2 = df * fixed.sumW() / (fixed.sumW() * fixed.sumW() - fixed.sumW2());
        if (!estimated) {
            return new Heterogeneity(q, df, pQ, tau2, Math.sqrt(tau2), nan, nan, i2(tau2, s2), i2Q, nan, nan,
                    (tau2 + s2) / s2, nan, null, nan, nan, nan, nan);
        }
        double se = TauSquaredStandardError.of(settings.estimator(), y, v, userWeights, tau2);
        TauSquaredCiMethod method = settings.tau2CiMethod();
        double[] ci = TauSquaredIntervals.interval(method, settings.estimator(), y, v, userWeights, tau2, se,
                settings.level());
        return new Heterogeneity(q, df, pQ, tau2, Math.sqrt(tau2), ci[0], ci[1], i2(tau2, s2), i2Q,
                i2(ci[0], s2), i2(ci[1], s2), (tau2 + s2) / s2, se, method, Math.sqrt(ci[0]), Math.sqrt(ci[1]),
                (ci[0] + s2) / s2, (ci[1] + s2) / s2);
    }

    private static double i2(double tau2, double s2) {
        return 100 * tau2 / (tau2 + s2);
    }

    /**
     * μ̂ ± c √(τ̂² + SE(μ̂)²) with the model-based SE (Higgins, Thompson & Spiegelhalter 2009); c from t(k-2)
     * or the normal distribution.
     */
    private PredictionInterval predictionInterval(Model model, double theta, double variance, double tau2) {
        if (model != Model.RANDOM) {
            return PredictionInterval.none();
        }
        boolean t = settings.predictionMethod() == PredictionMethod.T;
        if (t && k < 3) {
            notes.add("the prediction interval with t quantiles needs at least 3 studies (k - 2 degrees of freedom)");
            return PredictionInterval.none();
        }
        double crit = Quantiles.critical(settings.level(), t ? k - 2 : Double.NaN);
        double half = crit * Math.sqrt(tau2 + variance);
        return new PredictionInterval(natural.toNatural(theta - half), natural.toNatural(theta + half));
    }

    private List<StudyResult> studyRows(double[] weights) {
        return new StudyRows(sizes.effects(), measure, natural, y, v, weights,
                Quantiles.critical(settings.level(), Double.NaN));
    }
}
