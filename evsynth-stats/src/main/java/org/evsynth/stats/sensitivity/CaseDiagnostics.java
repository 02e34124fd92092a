package org.evsynth.stats.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;

/** The rows of {@link SensitivityAnalysis#influence}: one deletion per study, the model refitted each time. */
final class CaseDiagnostics {

    /** metafor's test for a weighted residual sum of squares of zero. */
    private static final double NO_RESIDUAL = Math.ulp(1.0);

    private CaseDiagnostics() {
    }

    static List<StudyInfluence> of(MetaAnalysis settings, EffectMeasure measure, List<StudyEffect> effects,
                                   ProgressListener progress) {
        int k = effects.size();
        if (k < 3) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "influence diagnostics need at least 3 studies, got %d", k));
        }
        if (settings.weights() != null) {
            throw new IllegalArgumentException("influence diagnostics are for inverse-variance weights, not user "
                    + "weights");
        }
        if (settings.pooling() != Pooling.IV) {
            if (measure == null) {
                throw new IllegalArgumentException("influence diagnostics of a " + settings.pooling()
                        + " model need the measure, to pool each deletion again");
            }
            return countBased(settings, measure, effects, progress);
        }
        return inverseVariance(settings, effects, progress);
    }

    private static List<StudyInfluence> inverseVariance(MetaAnalysis settings, List<StudyEffect> effects,
                                                        ProgressListener progress) {
        int k = effects.size();
        double[] y = effects.stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = effects.stream().mapToDouble(StudyEffect::variance).toArray();
        Fit full = Fit.of(settings, y, v);
        boolean random = settings.model() == Model.RANDOM;
        double crit = settings.confidenceMethod().isHartungKnapp()
                ? TDistribution.of(k - 1).inverseCumulativeProbability((1 + settings.level()) / 2)
                : NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + settings.level()) / 2);
        List<StudyInfluence> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] yd = without(y, i);
            double[] vd = without(v, i);
            Fit deleted = Fit.of(settings, yd, vd);
            double hat = 1 / (v[i] + full.tau2) / full.sumW;
            double change = full.mu - deleted.mu;
            double rstudent = (y[i] - deleted.mu)
                    / Math.sqrt(v[i] * deleted.scale + deleted.variance + deleted.tau2 * deleted.scale);
            double dffits = change / Math.sqrt(deleted.scale * hat * (deleted.tau2 + v[i]));
            double residual = y[i] - full.mu;
            double baujatX = residual * residual / (full.tau2 + v[i]);
            double rstandard = residual / Math.sqrt(v[i] + full.tau2 - 1 / full.sumW);
            double sumAllAtDeleted = 0;
            for (double vj : v) {
                sumAllAtDeleted += 1 / (vj + deleted.tau2);
            }
            double dfbetas = change / Math.sqrt(deleted.scale / sumAllAtDeleted);
            double lambda = random ? full.tau2 / (full.tau2 + v[i]) : Double.NaN;
            double blup = lambda * y[i] + (1 - lambda) * full.mu;
            double blupSe = Math.sqrt(lambda * v[i] + (1 - lambda) * (1 - lambda) * full.variance);
            double ranefSe = Math.sqrt(lambda * v[i] + lambda * lambda * full.variance);
            rows.add(new StudyInfluence(effects.get(i).study(), rstudent, dffits, change * change / full.variance, hat,
                    100 * hat, random ? deleted.tau2 : Double.NaN, deleted.q, baujatX,
                    change * change / deleted.variance, rstandard, dfbetas, deleted.variance / full.variance, blup,
                    blupSe, blup - crit * blupSe, blup + crit * blupSe, lambda * residual, ranefSe, deleted.mu,
                    deleted.i2(random)));
            progress.progress(i + 1, k);
        }
        return rows;
    }

    /** MH and Peto: each deletion pooled again from the counts, as metafor's leave1out and rstudent do. */
    private static List<StudyInfluence> countBased(MetaAnalysis settings, EffectMeasure measure,
                                                   List<StudyEffect> effects, ProgressListener progress) {
        int k = effects.size();
        MetaAnalysisResult full = settings.pool(measure, new EffectSizes(effects, List.of()));
        double theta = full.pooled().theta();
        double nan = Double.NaN;
        List<StudyInfluence> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            List<StudyEffect> rest = new ArrayList<>(effects);
            rest.remove(i);
            MetaAnalysisResult deleted = settings.pool(measure, new EffectSizes(rest, List.of()));
            StudyEffect e = effects.get(i);
            double deletedVariance = deleted.pooled().se() * deleted.pooled().se();
            double rstudent = (e.theta() - deleted.pooled().theta()) / Math.sqrt(e.variance() + deletedVariance);
            double rstandard = (e.theta() - theta) / Math.sqrt(e.variance());
            rows.add(new StudyInfluence(e.study(), rstudent, nan, nan, nan, full.studies().get(i).weight(), nan,
                    deleted.heterogeneity().q(), nan, nan, rstandard, nan, nan, nan, nan, nan, nan, nan, nan,
                    deleted.pooled().theta(), deleted.heterogeneity().i2()));
            progress.progress(i + 1, k);
        }
        return rows;
    }

    private static double[] without(double[] values, int index) {
        double[] result = new double[values.length - 1];
        System.arraycopy(values, 0, result, 0, index);
        System.arraycopy(values, index + 1, result, index, values.length - index - 1);
        return result;
    }

    /**
     * An intercept-only fit: τ², μ̂, Σw, the variance of μ̂ (HKSJ-scaled when that method is used), the HKSJ scale
     * factor (1 for Wald; 0 when the studies agree exactly; at least 1 for the modified HKSJ), Cochran's Q and the
     * typical within-study variance s² of the I² formula.
     */
    private record Fit(double tau2, double mu, double sumW, double variance, double scale, double q, double s2,
                       int df) {

        static Fit of(MetaAnalysis settings, double[] y, double[] v) {
            double tau2 = settings.model() == Model.RANDOM ? settings.estimator().estimate(y, v) : 0;
            double sumW = 0;
            double sumWY = 0;
            double sumFixed = 0;
            double sumFixed2 = 0;
            double sumFixedY = 0;
            for (int i = 0; i < y.length; i++) {
                sumW += 1 / (v[i] + tau2);
                sumWY += y[i] / (v[i] + tau2);
                sumFixed += 1 / v[i];
                sumFixed2 += 1 / (v[i] * v[i]);
                sumFixedY += y[i] / v[i];
            }
            double mu = sumWY / sumW;
            double fixedMean = sumFixedY / sumFixed;
            double residual = 0;
            double q = 0;
            for (int i = 0; i < y.length; i++) {
                residual += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
                q += (y[i] - fixedMean) * (y[i] - fixedMean) / v[i];
            }
            double scale = 1;
            ConfidenceMethod method = settings.confidenceMethod();
            if (method.isHartungKnapp()) {
                scale = residual <= NO_RESIDUAL ? 0 : residual / (y.length - 1);
                if (method == ConfidenceMethod.HKSJ_MODIFIED) {
                    scale = Math.max(1, scale);
                }
            }
            double s2 = (y.length - 1) * sumFixed / (sumFixed * sumFixed - sumFixed2);
            return new Fit(tau2, mu, sumW, scale / sumW, scale, q, s2, y.length - 1);
        }

        /** I² from τ² for a random-effects model, from Q otherwise. */
        double i2(boolean random) {
            if (random) {
                return 100 * tau2 / (tau2 + s2);
            }
            return q > 0 ? 100 * Math.max(0, (q - df) / q) : 0;
        }
    }
}
