package org.evsynth.stats.meta;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;

/** One pooling of k ≥ 2 study effects under the given settings. */
final class Pooler {

    private final MetaAnalysis settings;
    private final EffectMeasure measure;
    private final EffectSizes sizes;
    private final BackTransform natural;
    private final List<String> notes;
    private final double[] y;
    private final double[] v;
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
    }

    MetaAnalysisResult result() {
        Model model = settings.model();
        double tau2 = model != Model.RANDOM ? 0
                : Double.isNaN(settings.fixedTau2()) ? settings.estimator().estimate(y, v) : settings.fixedTau2();
        double theta;
        double variance;
        double[] weights;
        double methodQ = Double.NaN;
        if (settings.pooling() == Pooling.IV) {
            WeightedSums sums = WeightedSums.at(y, v, tau2);
            theta = sums.mean();
            variance = 1 / sums.sumW();
            weights = new double[k];
            for (int i = 0; i < k; i++) {
                weights[i] = 1 / (v[i] + tau2);
            }
        } else {
            CountBasedEstimate estimate = countBased();
            theta = estimate.theta();
            variance = estimate.variance();
            weights = estimate.weights();
            methodQ = estimate.q();
        }
        PooledEffect pooled = pooledEffect(theta, variance, tau2);
        Heterogeneity heterogeneity = heterogeneity(model, theta, tau2, methodQ);
        return new MetaAnalysisResult(measure, model, model == Model.RANDOM ? settings.estimator() : null,
                settings.pooling(), settings.confidenceMethod(), settings.predictionMethod(), settings.level(), k,
                pooled, heterogeneity, predictionInterval(model, theta, variance, tau2), studyRows(weights),
                sizes.excluded(), notes);
    }

    private CountBasedEstimate countBased() {
        List<BinaryStudy> tables = new ArrayList<>(k);
        sizes.effects().forEach(e -> tables.add((BinaryStudy) e.data()));
        if (settings.pooling() == Pooling.PETO) {
            return Peto.pool(tables);
        }
        CountBasedEstimate estimate = MantelHaenszel.pool(measure, tables, settings.zeroCellCorrection().value());
        if (estimate.corrected()) {
            notes.add(String.format(java.util.Locale.ROOT,
                    "the Mantel-Haenszel estimate cannot be computed from the raw counts; "
                            + "%s was added to the cells of studies with a zero cell", settings.zeroCellCorrection().value()));
        }
        return estimate;
    }

    /** The pooled effect with its Wald or HKSJ interval and test. */
    private PooledEffect pooledEffect(double theta, double variance, double tau2) {
        double se = Math.sqrt(variance);
        double df = Double.NaN;
        if (settings.confidenceMethod() == ConfidenceMethod.HKSJ) {
            double q = WeightedSums.at(y, v, tau2).q() / (k - 1);
            se = Math.sqrt(q * variance);
            df = k - 1;
        }
        double crit = Quantiles.critical(settings.level(), df);
        double statistic = theta / se;
        return new PooledEffect(theta, se, natural.toNatural(theta), natural.toNatural(theta - crit * se),
                natural.toNatural(theta + crit * se), statistic, Quantiles.twoSidedP(statistic, df), df);
    }

    /**
     * Q around the common-effect estimate (or the MH estimate, as metafor's rma.mh does; Peto's own Q);
     * I² and H² from τ² for random-effects models with s² = (k-1)Σw / ((Σw)² - Σw²), w = 1/v
     * (Higgins & Thompson 2002), and from Q otherwise.
     */
    private Heterogeneity heterogeneity(Model model, double theta, double tau2, double methodQ) {
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
        if (model != Model.RANDOM) {
            double nan = Double.NaN;
            return new Heterogeneity(q, df, pQ, nan, nan, nan, nan, i2Q, i2Q, nan, nan, q / df);
        }
        double s2 = df * fixed.sumW() / (fixed.sumW() * fixed.sumW() - fixed.sumW2());
        double[] tau2Ci = Double.isNaN(settings.fixedTau2()) ? QProfile.interval(y, v, settings.level())
                : new double[] {Double.NaN, Double.NaN};
        return new Heterogeneity(q, df, pQ, tau2, Math.sqrt(tau2), tau2Ci[0], tau2Ci[1], i2(tau2, s2), i2Q,
                i2(tau2Ci[0], s2), i2(tau2Ci[1], s2), (tau2 + s2) / s2);
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
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double crit = Quantiles.critical(settings.level(), Double.NaN);
        List<StudyResult> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            StudyEffect effect = sizes.effects().get(i);
            BackTransform own = BackTransform.forStudy(measure, effect);
            double half = crit * Math.sqrt(v[i]);
            rows.add(new StudyResult(effect.study(), y[i], v[i], own.toNatural(y[i]), own.toNatural(y[i] - half),
                    own.toNatural(y[i] + half), 100 * weights[i] / total));
        }
        return rows;
    }
}
