package org.evsynth.stats.meta;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The confidence interval for τ² of the intercept-only model, by each {@link TauSquaredCiMethod}. */
final class TauSquaredIntervals {

    private static final int MAX_DOUBLINGS = 200;

    private TauSquaredIntervals() {
    }

    /**
     * Returns {lower, upper}.
     *
     * @param tau2 the estimate
     * @param tau2Se its standard error (for the Wald interval)
     * @param weights the analysis's fixed weights, or null for inverse-variance weights (for GENQ)
     * @throws IllegalArgumentException for the profile likelihood of an estimator that maximises none
     */
    static double[] interval(TauSquaredCiMethod method, TauSquaredEstimator estimator, double[] y, double[] v,
                             double[] weights, double tau2, double tau2Se, double level) {
        return switch (method) {
            case QP -> QProfile.interval(y, v, level);
            case WALD -> {
                double z = NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + level) / 2);
                yield new double[] {Math.max(0, tau2 - z * tau2Se), tau2 + z * tau2Se};
            }
            case PL -> profileLikelihood(estimator, y, v, tau2, level);
            case GENQ -> GeneralisedQInterval.interval(y, v, weights != null ? weights : inverse(v), level);
        };
    }

    private static double[] inverse(double[] v) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1 / v[i];
        }
        return w;
    }

    /**
     * The τ² with -2(ℓ(τ²) - ℓ(τ̂²)) = χ²₁(level) on each side of τ̂², ℓ the ML or REML log-likelihood profiled over μ
     * (metafor's {@code confint(type = "PL")}); the lower limit is 0 when the statistic at 0 is below the quantile.
     */
    private static double[] profileLikelihood(TauSquaredEstimator estimator, double[] y, double[] v, double tau2,
                                              double level) {
        if (!estimator.isLikelihood()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the profile-likelihood interval for tau² needs a likelihood: REML or ML, not %s", estimator));
        }
        boolean restricted = estimator == TauSquaredEstimator.REML;
        double atEstimate = FitStatistics.logLikelihood(y, v, tau2, restricted);
        double critical = ChiSquaredDistribution.of(1).inverseCumulativeProbability(level);
        DoubleUnaryOperator excess = t -> -2 * (FitStatistics.logLikelihood(y, v, t, restricted) - atEstimate)
                - critical;
        BrentSolver solver = new BrentSolver(1e-15, 1e-16, 0);
        double lower = excess.applyAsDouble(0) <= 0 ? 0 : solver.findRoot(excess, 0, tau2);
        double upper = Math.max(2 * tau2, 1e-4);
        int doublings = 0;
        while (excess.applyAsDouble(upper) < 0) {
            upper *= 2;
            if (++doublings > MAX_DOUBLINGS) {
                throw new ConvergenceException("profile-likelihood", doublings, upper);
            }
        }
        return new double[] {lower, solver.findRoot(excess, tau2, upper)};
    }
}
