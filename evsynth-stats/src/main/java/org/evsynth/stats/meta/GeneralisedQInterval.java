package org.evsynth.stats.meta;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.evsynth.stats.numeric.QuadraticFormDistribution;

/**
 * The generalised-Q confidence interval for τ² (Jackson 2013; Biggerstaff & Jackson 2008 for inverse-variance
 * weights): with fixed weights aᵢ, Q_a = Σaᵢ(yᵢ - ȳ_a)² is distributed as Σλⱼχ²₁ⱼ, λ the eigenvalues of
 * S^½PS^½, S = diag(vᵢ + τ²), P = A - aaᵀ/Σa, so P(Q_a &gt; q; τ²) increases with τ² and the limits are the τ² at
 * which the observed Q_a sits at the upper and lower α/2 points of its distribution. metafor's
 * {@code confint(type = "GENQ")} does the same, the distribution by Farebrother's (1984) algorithm; here by
 * Imhof's (1961) integral ({@link QuadraticFormDistribution}). A limit is 0 when the probability at τ² = 0 is
 * already past its target; both are 0 when Q_a is below the lower α/2 point even at τ² = 0.
 */
final class GeneralisedQInterval {

    private static final int MAX_DOUBLINGS = 200;

    private GeneralisedQInterval() {
    }

    /**
     * Returns {lower, upper}.
     *
     * @param a the fixed weights (the analysis's user weights, or 1/vᵢ)
     */
    static double[] interval(double[] y, double[] v, double[] a, double level) {
        int k = y.length;
        double sumA = 0;
        double sumAY = 0;
        for (int i = 0; i < k; i++) {
            sumA += a[i];
            sumAY += a[i] * y[i];
        }
        double mean = sumAY / sumA;
        double observedQ = 0;
        for (int i = 0; i < k; i++) {
            observedQ += a[i] * (y[i] - mean) * (y[i] - mean);
        }
        double observed = observedQ;
        double alpha = 1 - level;
        DoubleUnaryOperator exceedance = tau2 -> {
            double[] s = new double[k];
            for (int i = 0; i < k; i++) {
                s[i] = v[i] + tau2;
            }
            QuadraticFormDistribution distribution = QuadraticFormDistribution.ofWeightedDeviations(a, s);
            double bound = cantelli(distribution, observed, alpha / 2);
            return Double.isNaN(bound) ? distribution.survivalProbability(observed) : bound;
        };
        double atZero = exceedance.applyAsDouble(0);
        if (atZero >= 1 - alpha / 2) {
            return new double[] {0, 0};
        }
        BrentSolver solver = new BrentSolver(1e-11, 1e-15, 0);
        double lower = 0;
        double upper = Math.max(1e-4, 2 * TauSquaredEstimation.dersimonianLaird(y, v));
        if (atZero < alpha / 2) {
            upper = bracket(exceedance, upper, alpha / 2);
            lower = solver.findRoot(t -> exceedance.applyAsDouble(t) - alpha / 2, 0, upper);
        }
        upper = bracket(exceedance, Math.max(upper, 2 * lower), 1 - alpha / 2);
        return new double[] {lower, solver.findRoot(t -> exceedance.applyAsDouble(t) - (1 - alpha / 2), lower,
                upper)};
    }

    /**
     * Cantelli's inequality where it settles the side of both targets (α/2 and 1 - α/2) without the integral:
     * P(Q &gt; q) ≤ 1/(1 + t²) for q = E Q + t·SD Q above the mean, P(Q ≤ q) ≤ 1/(1 + t²) below it. Far from the
     * limits (at τ² = 0, or where a bracket overshoots) Imhof's integral is slowest, as it resolves a tail
     * probability near 0 or 1 by cancellation; the bound, on the right side of both targets, serves the root search
     * as well there. NaN when the bound does not decide.
     */
    private static double cantelli(QuadraticFormDistribution q, double observed, double tail) {
        double t = (observed - q.mean()) / Math.sqrt(q.variance());
        double bound = 1 / (1 + t * t);
        if (bound >= tail) {
            return Double.NaN;
        }
        return t > 0 ? bound : 1 - bound;
    }

    /** A τ² at which the exceedance probability has reached the target, by doubling. */
    private static double bracket(DoubleUnaryOperator exceedance, double start, double target) {
        double upper = start;
        int doublings = 0;
        while (exceedance.applyAsDouble(upper) < target) {
            upper *= 2;
            if (++doublings > MAX_DOUBLINGS) {
                throw new ConvergenceException("generalised-Q interval", doublings, upper);
            }
        }
        return upper;
    }
}
