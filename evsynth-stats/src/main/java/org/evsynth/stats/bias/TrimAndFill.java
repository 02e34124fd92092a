package org.evsynth.stats.bias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.regression.MetaRegression;
import org.evsynth.stats.regression.ModelMatrix;
import org.evsynth.stats.regression.WeightedLinearModel;

/**
 * Duval and Tweedie's trim-and-fill method (2000), as metafor's {@code trimfill}: studies are trimmed from the
 * side of the funnel plot with too many until the estimate of the number missing, k₀, settles; their mirror
 * images around the trimmed estimate are then filled in on the other side and the model refitted.
 */
public final class TrimAndFill {

    /** The estimator of the number of missing studies. */
    public enum Estimator {
        /** L₀ = (4Sᵣ - k(k+1)) / (2k - 1), Sᵣ the sum of the positive signed ranks. */
        L0,
        /** R₀ = γ* - 1, γ* the length of the rightmost run of positive ranks. */
        R0
    }

    /** The side of the funnel plot on which studies are missing. */
    public enum Side { LEFT, RIGHT }

    private static final int MAX_ITERATIONS = 100;

    private TrimAndFill() {
    }

    /**
     * Runs trim and fill.
     *
     * @param side the side on which studies are missing, or null to choose it from the data: right when the
     *             slope of the effects on their standard errors (same model and estimator) is negative
     * @throws IllegalArgumentException for pooling other than inverse variance, or fewer than 3 studies
     */
    public static TrimAndFillResult run(MetaAnalysis settings, EffectMeasure measure, EffectSizes sizes,
                                        Estimator estimator, Side side) {
        if (settings.pooling() != Pooling.IV) {
            throw new IllegalArgumentException("trim and fill works on inverse-variance models");
        }
        List<StudyEffect> effects = sizes.effects();
        int k = effects.size();
        if (k < 3) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "trim and fill needs at least 3 studies, got %d", k));
        }
        double[] y = effects.stream().mapToDouble(StudyEffect::theta).toArray();
        double[] v = effects.stream().mapToDouble(StudyEffect::variance).toArray();
        Side chosen = side != null ? side : chooseSide(settings, y, v);
        double flip = chosen == Side.RIGHT ? -1 : 1;
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> flip * y[i]));
        double[] sortedY = new double[k];
        double[] sortedV = new double[k];
        for (int i = 0; i < k; i++) {
            sortedY[i] = flip * y[order[i]];
            sortedV[i] = v[order[i]];
        }
        int k0 = 0;
        int previous = -1;
        double beta = 0;
        int iterations = 0;
        while (k0 != previous) {
            previous = k0;
            if (++iterations > MAX_ITERATIONS) {
                throw new IllegalStateException("trim and fill did not converge after " + MAX_ITERATIONS + " iterations");
            }
            beta = trimmedEstimate(settings, sortedY, sortedV, k - k0);
            k0 = missing(estimator, sortedY, beta);
        }
        List<StudyEffect> filled = new ArrayList<>();
        for (int i = k - k0; i < k; i++) {
            StudyEffect source = effects.get(order[i]);
            filled.add(new StudyEffect("Filled " + (filled.size() + 1), flip * (2 * beta - sortedY[i]), sortedV[i],
                    source.data()));
        }
        List<StudyEffect> all = new ArrayList<>(effects);
        all.addAll(filled);
        MetaAnalysisResult adjusted = settings.pool(measure, new EffectSizes(all, sizes.excluded()));
        return new TrimAndFillResult(k0, chosen, estimator, filled, adjusted);
    }

    private static Side chooseSide(MetaAnalysis settings, double[] y, double[] v) {
        int k = y.length;
        double[] se = java.util.Arrays.stream(v).map(Math::sqrt).toArray();
        double slope;
        if (settings.model() == Model.RANDOM) {
            ModelMatrix x = ModelMatrix.withIntercept(k).numeric("sei", se).build();
            slope = MetaRegression.withDefaults().with(settings.estimator()).with(ConfidenceMethod.WALD)
                    .fit(y, v, x).coefficients().get(1).estimate();
        } else {
            double[][] x = new double[k][];
            double[] w = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = new double[] {1, se[i]};
                w[i] = 1 / v[i];
            }
            slope = WeightedLinearModel.fit(y, x, w).coefficients()[1];
        }
        return slope < 0 ? Side.RIGHT : Side.LEFT;
    }

    /** The pooled estimate of the first n (smallest) effects with the analysis's model and estimator. */
    private static double trimmedEstimate(MetaAnalysis settings, double[] y, double[] v, int n) {
        double[] yt = java.util.Arrays.copyOf(y, n);
        double[] vt = java.util.Arrays.copyOf(v, n);
        double tau2 = settings.model() == Model.RANDOM && n >= 2 ? settings.estimator().estimate(yt, vt) : 0;
        double sumW = 0;
        double sumWY = 0;
        for (int i = 0; i < n; i++) {
            double w = 1 / (vt[i] + tau2);
            sumW += w;
            sumWY += w * yt[i];
        }
        return sumWY / sumW;
    }

    /**
     * k₀ from the signed ranks of |yᵢ - β| (ties ranked in order, as R's rank(ties.method = "first")),
     * rounded half to even as R's round, and not below zero.
     */
    private static int missing(Estimator estimator, double[] y, double beta) {
        int k = y.length;
        Integer[] byDistance = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(byDistance, Comparator.comparingDouble(i -> Math.abs(y[i] - beta)));
        double[] signedRank = new double[k];
        for (int rank = 1; rank <= k; rank++) {
            int i = byDistance[rank - 1];
            signedRank[i] = Math.signum(y[i] - beta) * rank;
        }
        double k0;
        if (estimator == Estimator.L0) {
            double sr = 0;
            for (double r : signedRank) {
                if (r > 0) {
                    sr += r;
                }
            }
            k0 = (4 * sr - k * (k + 1.0)) / (2 * k - 1.0);
        } else {
            double largestNegative = 0;
            for (double r : signedRank) {
                if (r < 0) {
                    largestNegative = Math.max(largestNegative, -r);
                }
            }
            k0 = k - largestNegative - 1;
        }
        return (int) Math.max(0, Math.rint(k0));
    }
}
