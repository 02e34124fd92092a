package org.evsynth.stats.meta;

import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * The tau² estimators for the intercept-only random-effects model. Every sum is O(k), so each estimator,
 * iterative or not, runs in time linear in the number of studies.
 */
final class TauSquaredEstimation {

    /** Fisher-scoring steps before the estimating equation is solved by root finding instead. */
    static final int MAX_ITERATIONS = 200;
    /** Convergence: successive values closer than this, relative to max(1, τ²). */
    private static final double TOLERANCE = 1e-12;

    private TauSquaredEstimation() {
    }

    /** DerSimonian-Laird: max(0, (Q - (k-1)) / (Σw - Σw²/Σw)), w = 1/v. */
    static double dersimonianLaird(double[] y, double[] v) {
        WeightedSums s = WeightedSums.at(y, v, 0);
        double c = s.sumW() - s.sumW2() / s.sumW();
        return Math.max(0, (s.q() - (y.length - 1)) / c);
    }

    /** Hedges: max(0, Σ(yᵢ - ȳ)²/(k-1) - Σvᵢ/k), the unweighted method of moments. */
    static double hedges(double[] y, double[] v) {
        int k = y.length;
        double mean = mean(y);
        double ss = 0;
        double sumV = 0;
        for (int i = 0; i < k; i++) {
            ss += (y[i] - mean) * (y[i] - mean);
            sumV += v[i];
        }
        return Math.max(0, ss / (k - 1) - sumV / k);
    }

    /**
     * Sidik-Jonkman: from the initial τ₀² = Σ(yᵢ - ȳ)²/k, one weighted step
     * τ² = τ₀² Σwᵢ(yᵢ - μ̂)²/(k-1) with wᵢ = 1/(vᵢ + τ₀²).
     */
    static double sidikJonkman(double[] y, double[] v) {
        int k = y.length;
        double mean = mean(y);
        double tau0 = 0;
        for (double yi : y) {
            tau0 += (yi - mean) * (yi - mean);
        }
        tau0 /= k;
        if (tau0 == 0) {
            return 0;
        }
        return tau0 * WeightedSums.at(y, v, tau0).q() / (k - 1);
    }

    /**
     * Paule-Mandel: the root of Q(τ²) = Σwᵢ(τ²)(yᵢ - μ̂(τ²))² = k-1, zero when Q(0) ≤ k-1. Q(τ²) is decreasing,
     * so the root is bracketed by doubling and found by Brent's method.
     */
    static double pauleMandel(TauSquaredEstimator estimator, double[] y, double[] v) {
        int df = y.length - 1;
        if (WeightedSums.at(y, v, 0).q() <= df) {
            return 0;
        }
        return GeneralisedQ.solve(estimator.name(), y, v, df);
    }

    /**
     * Fisher scoring for (RE)ML, as in metafor: τ² ← τ² + Δ with, for REML,
     * Δ = (y'PPy - tr P) / tr(PP), and for ML, Δ = (y'PPy - Σwᵢ) / Σwᵢ², where P = W - wwᵀ/Σw.
     * For the intercept-only model these are sums: y'PPy = Σ(wᵢ rᵢ)², tr P = Σw - Σw²/Σw,
     * tr PP = Σw² - 2Σw³/Σw + (Σw²)²/(Σw)². A step that would take τ² below zero is halved until it does not;
     * the start is the Hedges estimate.
     */
    static double fisherScoring(TauSquaredEstimator estimator, double[] y, double[] v, boolean restricted) {
        return fisherScoring(estimator, y, v, restricted, MAX_ITERATIONS);
    }

    /**
     * Fisher scoring with a given iteration limit. Where scoring creeps towards the root too slowly to meet the
     * tolerance in time (it converges only linearly, and can need hundreds of steps near τ² = 0), the root of the
     * (RE)ML estimating equation is found by Brent's method instead, bracketed by the last iterate.
     */
    static double fisherScoring(TauSquaredEstimator estimator, double[] y, double[] v, boolean restricted,
                                int maxIterations) {
        double tau2 = hedges(y, v);
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            WeightedSums s = WeightedSums.at(y, v, tau2);
            double step;
            if (restricted) {
                double tracePP = s.sumW2() - 2 * s.sumW3() / s.sumW()
                        + (s.sumW2() / s.sumW()) * (s.sumW2() / s.sumW());
                step = score(s, true) / tracePP;
            } else {
                step = score(s, false) / s.sumW2();
            }
            double next = tau2 + StepHalving.withinBounds(tau2, step);
            if (!Double.isFinite(next)) {
                throw new ConvergenceException(estimator.name(), iteration, tau2);
            }
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        return rootOfScore(estimator, y, v, restricted, tau2, maxIterations);
    }

    /** The (RE)ML estimating equation: y'PPy - tr P for REML, y'PPy - Σw for ML; zero at the estimate. */
    private static double score(WeightedSums s, boolean restricted) {
        double trace = restricted ? s.sumW() - s.sumW2() / s.sumW() : s.sumW();
        return s.sumWResidualSquared() - trace;
    }

    private static double rootOfScore(TauSquaredEstimator estimator, double[] y, double[] v, boolean restricted,
                                      double last, int iterations) {
        java.util.function.DoubleUnaryOperator f = t -> score(WeightedSums.at(y, v, t), restricted);
        if (f.applyAsDouble(0) <= 0) {
            return 0;
        }
        double upper = Math.max(last, 1e-8);
        int doublings = 0;
        while (f.applyAsDouble(upper) > 0) {
            upper *= 2;
            if (++doublings > 200) {
                throw new ConvergenceException(estimator.name(), iterations, last);
            }
        }
        return new BrentSolver(1e-15, 1e-17, 0).findRoot(f, 0, upper);
    }

    /** Hunter-Schmidt: max(0, (Q - k)/Σw), or with Q·k/(k-1) for the corrected version; w = 1/v. */
    static double hunterSchmidt(double[] y, double[] v, boolean corrected) {
        WeightedSums s = WeightedSums.at(y, v, 0);
        int k = y.length;
        double q = corrected ? s.q() * k / (k - 1) : s.q();
        return Math.max(0, (q - k) / s.sumW());
    }

    /** Iterated DL from τ² = 0: τ² ← max(0, (Q(τ²) - (k-1))/tr P(τ²)) until successive values agree. */
    static double iteratedDerSimonianLaird(double[] y, double[] v) {
        double tau2 = 0;
        for (int iteration = 1; iteration <= MAX_ITERATIONS * 50; iteration++) {
            WeightedSums s = WeightedSums.at(y, v, tau2);
            double next = Math.max(0, (s.q() - (y.length - 1)) / (s.sumW() - s.sumW2() / s.sumW()));
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        throw new ConvergenceException(TauSquaredEstimator.DLIT.name(), MAX_ITERATIONS * 50, tau2);
    }

    /** Iterated SJ from the unweighted variance: τ² ← τ² Q(τ²)/(k-1) until successive values agree. */
    static double iteratedSidikJonkman(double[] y, double[] v) {
        int k = y.length;
        double mean = mean(y);
        double tau2 = 0;
        for (double yi : y) {
            tau2 += (yi - mean) * (yi - mean);
        }
        tau2 /= k;
        for (int iteration = 1; iteration <= MAX_ITERATIONS * 50 && tau2 > 0; iteration++) {
            double next = tau2 * WeightedSums.at(y, v, tau2).q() / (k - 1);
            if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
                return next;
            }
            tau2 = next;
        }
        if (tau2 > 0) {
            throw new ConvergenceException(TauSquaredEstimator.SJIT.name(), MAX_ITERATIONS * 50, tau2);
        }
        return 0;
    }

    /** Median-unbiased PM: the root of Q(τ²) = median of χ²(k-1), zero when Q(0) is below it. */
    static double pauleMandelMedian(double[] y, double[] v) {
        double target = org.apache.commons.statistics.distribution.ChiSquaredDistribution.of(y.length - 1)
                .inverseCumulativeProbability(0.5);
        if (WeightedSums.at(y, v, 0).q() <= target) {
            return 0;
        }
        return GeneralisedQ.solve(TauSquaredEstimator.PMM.name(), y, v, target);
    }

    /** Generalised Q with fixed weights a: max(0, (Q_a - tr PV)/tr P). */
    static double generalisedQ(double[] y, double[] v, double[] a) {
        InterceptProjection p = InterceptProjection.of(y, v, a);
        return Math.max(0, (p.q() - p.tracePV()) / p.traceP());
    }

    static double mean(double[] y) {
        double sum = 0;
        for (double yi : y) {
            sum += yi;
        }
        return sum / y.length;
    }

    /**
     * Root finding on the generalised Q statistic Q(τ²) = Σwᵢ(yᵢ - μ̂)², which decreases from Q(0) towards 0.
     * Used by Paule-Mandel (target k-1) and by the Q-profile confidence interval (chi-square quantiles).
     */
    static final class GeneralisedQ {

        private static final int MAX_DOUBLINGS = 200;

        private GeneralisedQ() {
        }

        /** The τ² ≥ 0 at which Q(τ²) = target, given Q(0) > target. */
        static double solve(String what, double[] y, double[] v, double target) {
            double upper = Math.max(1e-3, 2 * Math.max(dersimonianLaird(y, v), hedges(y, v)));
            int doublings = 0;
            while (WeightedSums.at(y, v, upper).q() > target) {
                upper *= 2;
                if (++doublings > MAX_DOUBLINGS) {
                    throw new ConvergenceException(what, doublings, upper);
                }
            }
            BrentSolver solver = new BrentSolver(1e-15, 1e-16, 0);
            return solver.findRoot(t -> WeightedSums.at(y, v, t).q() - target, 0, upper);
        }
    }
}
