package org.evsynth.stats.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;

/**
 * Leave-one-out and cumulative meta-analysis, and influence diagnostics, as metafor's {@code leave1out},
 * {@code cumul}, {@code influence} and {@code baujat}: each refit uses the same model, estimator and interval
 * method as the full analysis.
 */
public final class SensitivityAnalysis {

    private SensitivityAnalysis() {
    }

    /** The analysis without each study in turn, in input order. */
    public static List<LeaveOneOut> leaveOneOut(MetaAnalysis settings, EffectMeasure measure, EffectSizes sizes) {
        List<StudyEffect> effects = sizes.effects();
        List<LeaveOneOut> rows = new ArrayList<>(effects.size());
        for (int i = 0; i < effects.size(); i++) {
            List<StudyEffect> rest = new ArrayList<>(effects);
            rest.remove(i);
            MetaAnalysisResult r = settings.pool(measure, new EffectSizes(rest, List.of()));
            rows.add(new LeaveOneOut(effects.get(i).study(), r.pooled().estimate(), r.pooled().ciLower(),
                    r.pooled().ciUpper(), r.heterogeneity().tau2(), r.heterogeneity().i2(), r.heterogeneity().q(),
                    r.pooled().pValue()));
        }
        return rows;
    }

    /** The analysis of the first 1, 2, ..., k studies in the order given. */
    public static List<CumulativeStep> cumulative(MetaAnalysis settings, EffectMeasure measure,
                                                  List<StudyEffect> ordered) {
        List<CumulativeStep> steps = new ArrayList<>(ordered.size());
        for (int n = 1; n <= ordered.size(); n++) {
            MetaAnalysisResult r = settings.pool(measure, new EffectSizes(ordered.subList(0, n), List.of()));
            steps.add(new CumulativeStep(ordered.get(n - 1).study(), r.pooled().estimate(), r.pooled().ciLower(),
                    r.pooled().ciUpper(), r.heterogeneity().tau2(), r.heterogeneity().i2()));
        }
        return steps;
    }

    /**
     * Influence diagnostics for an inverse-variance model, with Baujat coordinates. Needs at least 3 studies, so
     * that each deletion leaves two.
     */
    public static List<StudyInfluence> influence(MetaAnalysis settings, List<StudyEffect> effects) {
        int k = effects.size();
        if (settings.pooling() != Pooling.IV) {
            throw new IllegalArgumentException("influence diagnostics are for inverse-variance models");
        }
        if (k < 3) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "influence diagnostics need at least 3 studies, got %d", k));
        }
        double[] y = effects.stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = effects.stream().mapToDouble(StudyEffect::variance).toArray();
        Fit full = Fit.of(settings, y, v);
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
            double baujatX = (y[i] - full.mu) * (y[i] - full.mu) / (full.tau2 + v[i]);
            rows.add(new StudyInfluence(effects.get(i).study(), rstudent, dffits, change * change / full.variance, hat,
                    100 * hat, deleted.tau2, cochranQ(yd, vd), baujatX, change * change / deleted.variance));
        }
        return rows;
    }

    private static double[] without(double[] values, int index) {
        double[] result = new double[values.length - 1];
        System.arraycopy(values, 0, result, 0, index);
        System.arraycopy(values, index + 1, result, index, values.length - index - 1);
        return result;
    }

    private static double cochranQ(double[] y, double[] v) {
        double sumW = 0;
        double sumWY = 0;
        for (int i = 0; i < y.length; i++) {
            sumW += 1 / v[i];
            sumWY += y[i] / v[i];
        }
        double mean = sumWY / sumW;
        double q = 0;
        for (int i = 0; i < y.length; i++) {
            q += (y[i] - mean) * (y[i] - mean) / v[i];
        }
        return q;
    }

    /**
     * An intercept-only fit: τ², μ̂, Σw, the variance of μ̂ (HKSJ-scaled when that method is used) and the HKSJ
     * scale factor (1 for Wald).
     */
    private record Fit(double tau2, double mu, double sumW, double variance, double scale) {

        static Fit of(MetaAnalysis settings, double[] y, double[] v) {
            double tau2 = settings.model() == Model.RANDOM ? settings.estimator().estimate(y, v) : 0;
            double sumW = 0;
            double sumWY = 0;
            for (int i = 0; i < y.length; i++) {
                sumW += 1 / (v[i] + tau2);
                sumWY += y[i] / (v[i] + tau2);
            }
            double mu = sumWY / sumW;
            double scale = 1;
            if (settings.confidenceMethod() == ConfidenceMethod.HKSJ) {
                double q = 0;
                for (int i = 0; i < y.length; i++) {
                    q += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
                }
                scale = q / (y.length - 1);
            }
            return new Fit(tau2, mu, sumW, scale / sumW, scale);
        }
    }
}
