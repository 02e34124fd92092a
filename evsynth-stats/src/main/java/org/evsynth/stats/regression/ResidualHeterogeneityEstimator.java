package org.evsynth.stats.regression;

import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.evsynth.stats.meta.ConvergenceException;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * Residual τ² in the mixed-effects model y = Xβ + u + ε, u ~ N(0, τ²), ε ~ N(0, V), by each estimator as metafor's
 * {@code rma(mods = ...)} defines it (Viechtbauer 2005; Raudenbush 2009). With only an intercept these reduce to
 * the estimators of {@link TauSquaredEstimator}.
 */
final class ResidualHeterogeneityEstimator {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-12;

    private ResidualHeterogeneityEstimator() {
    }

    static double estimate(TauSquaredEstimator estimator, double[] y, double[] v, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        if (k - p < 1) {
            throw new IllegalArgumentException("residual tau² needs more studies than coefficients (k = " + k
                    + ", coefficients = " + p + ")");
        }
        return switch (estimator) {
            case DL -> {
                WeightedFit fixed = WeightedFit.at(y, v, x, 0);
                yield Math.max(0, (fixed.ypy() - (k - p)) / fixed.traceP(x));
            }
            case HE -> hedges(y, v, x);
            case SJ -> sidikJonkman(y, v, x);
            case PM, EB -> pauleMandel(estimator, y, v, x);
            case REML, ML -> fisherScoring(estimator, y, v, x);
            case HS, HSK, DLIT, SJIT, PMM, GENQ -> throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT, "the %s estimator is available for the pooled model, not yet for "
                            + "meta-regression; use REML, ML, DL, PM, EB, SJ or HE", estimator));
        };
    }

    /** (RSS_OLS - tr((I - H)V)) / (k - p), truncated at 0. */
    private static double hedges(double[] y, double[] v, double[][] x) {
        int k = y.length;
        int p = x[0].length;
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1);
        WeightedFit ols = WeightedFit.withWeights(y, x, ones);
        double traceHV = Matrices.traceOfProduct(ols.covariance(), Matrices.weightedCrossProduct(x, v));
        double sumV = 0;
        for (double vi : v) {
            sumV += vi;
        }
        return Math.max(0, (ols.ypy() - (sumV - traceHV)) / (k - p));
    }

    /**
     * τ₀² = Σ(yᵢ - ȳ)²/k, the variance of the effects around their plain mean (as metafor, also with
     * moderators), then τ² = τ₀² y'P(τ₀²)y / (k - p).
     */
    private static double sidikJonkman(double[] y, double[] v, double[][] x) {
        int k = y.length;
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double tau0 = java.util.Arrays.stream(y).map(yi -> (yi - mean) * (yi - mean)).sum() / k;
        if (tau0 == 0) {
            return 0;
        }
        return tau0 * WeightedFit.at(y, v, x, tau0).ypy() / (k - x[0].length);
    }

    /** The root of y'P(τ²)y = k - p, zero when already below at τ² = 0. */
    private static double pauleMandel(TauSquaredEstimator estimator, double[] y, double[] v, double[][] x) {
        double target = y.length - x[0].length;
        if (WeightedFit.at(y, v, x, 0).ypy() <= target) {
            return 0;
        }
        double upper = Math.max(1e-3, 2 * hedges(y, v, x));
        int doublings = 0;
        while (WeightedFit.at(y, v, x, upper).ypy() > target) {
            upper *= 2;
            if (++doublings > 200) {
                throw new ConvergenceException(estimator.name(), doublings, upper);
            }
        }
        return new BrentSolver(1e-15, 1e-16, 0).findRoot(t -> WeightedFit.at(y, v, x, t).ypy() - target, 0, upper);
    }

    /**
     * Fisher scoring: REML Δ = (y'PPy - tr P)/tr PP; ML Δ = (y'PPy - tr W)/tr WW; from the Hedges estimate, steps
     * halved to stay at τ² ≥ 0. If scoring has not met the tolerance within the iteration limit (it converges only
     * linearly), the root of the estimating equation is found by Brent's method.
     */
    private static double fisherScoring(TauSquaredEstimator estimator, double[] y, double[] v, double[][] x) {
        boolean restricted = estimator == TauSquaredEstimator.REML;
        double tau2 = hedges(y, v, x);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            WeightedFit fit = WeightedFit.at(y, v, x, tau2);
            double step = restricted ? score(fit, x, true) / fit.tracePP(x) : score(fit, x, false) / fit.traceWW();
            double next = tau2 + org.evsynth.stats.meta.StepHalving.withinBounds(tau2, step);
            if (!Double.isFinite(next)) {
                throw new ConvergenceException(estimator.name(), iteration, tau2);
            }
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        java.util.function.DoubleUnaryOperator f = t -> score(WeightedFit.at(y, v, x, t), x, restricted);
        if (f.applyAsDouble(0) <= 0) {
            return 0;
        }
        double upper = Math.max(tau2, 1e-8);
        int doublings = 0;
        while (f.applyAsDouble(upper) > 0) {
            upper *= 2;
            if (++doublings > 200) {
                throw new ConvergenceException(estimator.name(), MAX_ITERATIONS, tau2);
            }
        }
        return new BrentSolver(1e-15, 1e-17, 0).findRoot(f, 0, upper);
    }

    /** y'PPy - tr P (REML) or y'PPy - tr W (ML): zero at the estimate. */
    private static double score(WeightedFit fit, double[][] x, boolean restricted) {
        return fit.ypppy() - (restricted ? fit.traceP(x) : fit.traceW());
    }
}
