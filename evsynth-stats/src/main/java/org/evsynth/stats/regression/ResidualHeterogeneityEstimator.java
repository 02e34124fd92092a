package org.evsynth.stats.regression;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.evsynth.stats.meta.ConvergenceException;
import org.evsynth.stats.meta.StepHalving;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * Residual τ² in the mixed-effects model y = Xβ + u + ε, u ~ N(0, τ²), ε ~ N(0, V), by each estimator as metafor's
 * {@code rma(mods = ...)} defines it (Viechtbauer 2005; Raudenbush 2009), with P(τ²) = W - WX(X'WX)⁻¹X'W,
 * W = diag(1/(vᵢ + τ²)) and QE(τ²) = y'P(τ²)y. With only an intercept these reduce to the estimators of
 * {@link TauSquaredEstimator}. Every estimate is truncated at zero.
 */
final class ResidualHeterogeneityEstimator {

    private static final int MAX_ITERATIONS = 200;
    private static final int MAX_FIXED_POINT_ITERATIONS = 10_000;
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_DOUBLINGS = 200;

    private ResidualHeterogeneityEstimator() {
    }

    static double estimate(TauSquaredEstimator estimator, double[] y, double[] v, double[][] x) {
        return estimate(estimator, y, v, x, null);
    }

    /**
     * The estimate.
     *
     * @param weights the fixed weights of GENQ (ignored by the other estimators), or null
     * @throws IllegalArgumentException for GENQ without weights, or no residual degrees of freedom
     * @throws ConvergenceException if an iterative estimator does not converge
     */
    static double estimate(TauSquaredEstimator estimator, double[] y, double[] v, double[][] x, double[] weights) {
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
            case PM, EB -> qProfileRoot(estimator.name(), y, v, x, k - p);
            case PMM -> qProfileRoot(estimator.name(), y, v, x,
                    ChiSquaredDistribution.of(k - p).inverseCumulativeProbability(0.5));
            case REML, ML -> fisherScoring(estimator, y, v, x);
            case HS, HSK -> hunterSchmidt(y, v, x, estimator == TauSquaredEstimator.HSK);
            case DLIT -> iteratedDerSimonianLaird(y, v, x);
            case SJIT -> iteratedSidikJonkman(y, v, x);
            case GENQ -> generalisedQ(y, v, x, weights);
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

    /** τ₀² = Σ(yᵢ - ȳ)²/k, the variance of the effects around their plain mean (as metafor, also with moderators). */
    private static double unweightedVariance(double[] y) {
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        return java.util.Arrays.stream(y).map(yi -> (yi - mean) * (yi - mean)).sum() / y.length;
    }

    /** τ² = τ₀² QE(τ₀²) / (k - p), one step from the unweighted variance τ₀². */
    private static double sidikJonkman(double[] y, double[] v, double[][] x) {
        double tau0 = unweightedVariance(y);
        if (tau0 == 0) {
            return 0;
        }
        return tau0 * WeightedFit.at(y, v, x, tau0).ypy() / (y.length - x[0].length);
    }

    /**
     * Hunter-Schmidt: (QE - k)/Σwᵢ with wᵢ = 1/vᵢ, or (k/(k - p)·QE - k)/Σwᵢ with the small-sample correction, as
     * metafor's {@code "HS"} and {@code "HSk"} (which subtract k, not k - p, with moderators too).
     */
    private static double hunterSchmidt(double[] y, double[] v, double[][] x, boolean corrected) {
        int k = y.length;
        WeightedFit fixed = WeightedFit.at(y, v, x, 0);
        double q = corrected ? fixed.ypy() * k / (k - x[0].length) : fixed.ypy();
        return Math.max(0, (q - k) / fixed.traceW());
    }

    /** Iterated DL from τ² = 0: τ² ← max(0, (QE(τ²) - (k - p))/tr P(τ²)) until successive values agree. */
    private static double iteratedDerSimonianLaird(double[] y, double[] v, double[][] x) {
        int df = y.length - x[0].length;
        double tau2 = 0;
        for (int iteration = 1; iteration <= MAX_FIXED_POINT_ITERATIONS; iteration++) {
            WeightedFit fit = WeightedFit.at(y, v, x, tau2);
            double next = Math.max(0, (fit.ypy() - df) / fit.traceP(x));
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        throw new ConvergenceException(TauSquaredEstimator.DLIT.name(), MAX_FIXED_POINT_ITERATIONS, tau2);
    }

    /** Iterated SJ from the unweighted variance: τ² ← τ² QE(τ²)/(k - p) until successive values agree. */
    private static double iteratedSidikJonkman(double[] y, double[] v, double[][] x) {
        int df = y.length - x[0].length;
        double tau2 = unweightedVariance(y);
        for (int iteration = 1; iteration <= MAX_FIXED_POINT_ITERATIONS && tau2 > 0; iteration++) {
            double next = tau2 * WeightedFit.at(y, v, x, tau2).ypy() / df;
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        if (tau2 > 0) {
            throw new ConvergenceException(TauSquaredEstimator.SJIT.name(), MAX_FIXED_POINT_ITERATIONS, tau2);
        }
        return 0;
    }

    /**
     * The generalised-Q method of moments with fixed weights a (DerSimonian & Kacker 2007):
     * max(0, (Q_a - tr(P_a V))/tr P_a), P_a = A - AX(X'AX)⁻¹X'A, Q_a = y'P_a y.
     */
    private static double generalisedQ(double[] y, double[] v, double[][] x, double[] a) {
        if (a == null) {
            throw new IllegalArgumentException("the GENQ estimator of tau² needs weights");
        }
        WeightedFit fit = WeightedFit.withWeights(y, x, a);
        double[] aSquared = new double[a.length];
        double[] aSquaredV = new double[a.length];
        double sumA = 0;
        double sumAV = 0;
        for (int i = 0; i < a.length; i++) {
            aSquared[i] = a[i] * a[i];
            aSquaredV[i] = aSquared[i] * v[i];
            sumA += a[i];
            sumAV += a[i] * v[i];
        }
        double traceP = sumA - Matrices.traceOfProduct(fit.covariance(), Matrices.weightedCrossProduct(x, aSquared));
        double tracePV = sumAV - Matrices.traceOfProduct(fit.covariance(), Matrices.weightedCrossProduct(x, aSquaredV));
        return Math.max(0, (fit.ypy() - tracePV) / traceP);
    }

    /** The τ² ≥ 0 at which QE(τ²) = target (Paule-Mandel and its median version), 0 when QE(0) ≤ target. */
    private static double qProfileRoot(String what, double[] y, double[] v, double[][] x, double target) {
        if (WeightedFit.at(y, v, x, 0).ypy() <= target) {
            return 0;
        }
        DoubleUnaryOperator excess = t -> WeightedFit.at(y, v, x, t).ypy() - target;
        double upper = bracketBelow(what, excess, Math.max(1e-3, 2 * hedges(y, v, x)));
        return new BrentSolver(1e-15, 1e-16, 0).findRoot(excess, 0, upper);
    }

    /** A τ² at which the decreasing function has fallen to or below zero, by doubling from `start`. */
    private static double bracketBelow(String what, DoubleUnaryOperator decreasing, double start) {
        double upper = start;
        int doublings = 0;
        while (decreasing.applyAsDouble(upper) > 0) {
            upper *= 2;
            if (++doublings > MAX_DOUBLINGS) {
                throw new ConvergenceException(what, doublings, upper);
            }
        }
        return upper;
    }

    /**
     * The Q-profile confidence interval for the residual τ² (Viechtbauer 2007, as metafor's {@code confint} for a
     * model with moderators): the τ² at which QE(τ²) equals the upper and lower α/2 quantiles of χ²(k - p); a limit
     * is 0 when QE(0) is already below its quantile. Returns {lower, upper}.
     */
    static double[] qProfileInterval(double[] y, double[] v, double[][] x, double level) {
        int df = y.length - x[0].length;
        ChiSquaredDistribution chi2 = ChiSquaredDistribution.of(df);
        double alpha = 1 - level;
        return new double[] {
            qProfileRoot("Q-profile", y, v, x, chi2.inverseSurvivalProbability(alpha / 2)),
            qProfileRoot("Q-profile", y, v, x, chi2.inverseCumulativeProbability(alpha / 2))
        };
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
            double next = tau2 + StepHalving.withinBounds(tau2, step);
            if (!Double.isFinite(next)) {
                throw new ConvergenceException(estimator.name(), iteration, tau2);
            }
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        DoubleUnaryOperator f = t -> score(WeightedFit.at(y, v, x, t), x, restricted);
        if (f.applyAsDouble(0) <= 0) {
            return 0;
        }
        double upper = bracketBelow(estimator.name(), f, Math.max(tau2, 1e-8));
        return new BrentSolver(1e-15, 1e-17, 0).findRoot(f, 0, upper);
    }

    /** y'PPy - tr P (REML) or y'PPy - tr W (ML): zero at the estimate. */
    private static double score(WeightedFit fit, double[][] x, boolean restricted) {
        return fit.ypppy() - (restricted ? fit.traceP(x) : fit.traceW());
    }
}
