package org.evsynth.stats.meta;

/**
 * The Q-profile confidence interval for tau² (Viechtbauer 2007): the τ² values at which the generalised
 * Q statistic Σwᵢ(τ²)(yᵢ - μ̂(τ²))² equals the upper and lower α/2 quantiles of χ²(k-1). A limit is zero when
 * Q(0) already falls below its quantile. metafor's {@code confint.rma.uni} does the same.
 */
final class QProfile {

    private QProfile() {
    }

    /** Returns {lower, upper}. */
    static double[] interval(double[] y, double[] v, double level) {
        double[] quantiles = Quantiles.chiSquaredLimits(level, y.length - 1);
        double q0 = WeightedSums.at(y, v, 0).q();
        return new double[] {limit(y, v, q0, quantiles[0]), limit(y, v, q0, quantiles[1])};
    }

    private static double limit(double[] y, double[] v, double q0, double quantile) {
        if (q0 <= quantile) {
            return 0;
        }
        return TauSquaredEstimation.GeneralisedQ.solve("Q-profile", y, v, quantile);
    }
}
