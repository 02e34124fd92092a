package org.evsynth.stats.meta;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Critical values and p-values from Commons Statistics distributions. */
final class Quantiles {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Quantiles() {
    }

    /** The two-sided critical value for this level: z, or t with df degrees of freedom when df is finite. */
    static double critical(double level, double df) {
        double upper = (1 + level) / 2;
        return Double.isNaN(df) ? NORMAL.inverseCumulativeProbability(upper)
                : TDistribution.of(df).inverseCumulativeProbability(upper);
    }

    /** The two-sided p-value of a z statistic, or of a t statistic with df degrees of freedom. */
    static double twoSidedP(double statistic, double df) {
        double tail = Double.isNaN(df) ? NORMAL.survivalProbability(Math.abs(statistic))
                : TDistribution.of(df).survivalProbability(Math.abs(statistic));
        return 2 * tail;
    }

    /** P(χ²(df) ≥ q). */
    static double chiSquaredP(double q, int df) {
        return ChiSquaredDistribution.of(df).survivalProbability(q);
    }
}
