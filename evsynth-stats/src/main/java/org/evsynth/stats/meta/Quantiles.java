package org.evsynth.stats.meta;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Critical values and p-values from Commons Statistics distributions. The quantiles are found by root-finding on the
 * CDF, which costs more than the rest of a small analysis; a batch of thousands asks for the same few (one level,
 * k up to a few dozen), so each is computed once and remembered, for whole degrees of freedom up to
 * {@value #REMEMBERED_DF}. The value remembered is the value computed: results do not change.
 */
final class Quantiles {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** Quantiles for more degrees of freedom than this are computed each time (few analyses are that large). */
    private static final int REMEMBERED_DF = 10_000;

    private enum Kind { CRITICAL, CHI2_UPPER, CHI2_LOWER }

    private record Key(Kind kind, double probability, double df) {
    }

    private static final Map<Key, Double> REMEMBERED = new ConcurrentHashMap<>();

    private Quantiles() {
    }

    /** The two-sided critical value for this level: z, or t with df degrees of freedom when df is finite. */
    static double critical(double level, double df) {
        return remembered(Kind.CRITICAL, level, df);
    }

    /** The χ²(df) quantiles with α/2 above and α/2 below them, α = 1 - level: {upper, lower}. */
    static double[] chiSquaredLimits(double level, int df) {
        return new double[] {remembered(Kind.CHI2_UPPER, level, df), remembered(Kind.CHI2_LOWER, level, df)};
    }

    private static double remembered(Kind kind, double level, double df) {
        boolean remember = Double.isNaN(df) || df == Math.rint(df) && df <= REMEMBERED_DF;
        return remember ? REMEMBERED.computeIfAbsent(new Key(kind, level, df), Quantiles::compute)
                : compute(new Key(kind, level, df));
    }

    private static double compute(Key key) {
        double alpha = 1 - key.probability();
        return switch (key.kind()) {
            case CRITICAL -> Double.isNaN(key.df()) ? NORMAL.inverseCumulativeProbability((1 + key.probability()) / 2)
                    : TDistribution.of(key.df()).inverseCumulativeProbability((1 + key.probability()) / 2);
            case CHI2_UPPER -> ChiSquaredDistribution.of(key.df()).inverseSurvivalProbability(alpha / 2);
            case CHI2_LOWER -> ChiSquaredDistribution.of(key.df()).inverseCumulativeProbability(alpha / 2);
        };
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
