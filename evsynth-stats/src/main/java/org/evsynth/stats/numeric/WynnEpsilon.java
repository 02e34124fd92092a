package org.evsynth.stats.numeric;

import java.util.List;

/**
 * Wynn's (1956) ε-algorithm: the limit of a slowly converging sequence of partial sums (here an alternating
 * series) from its last terms, as QUADPACK's QELG uses it: ε₋₁ = 0, ε₀ = Sⱼ,
 * εₘ₊₁⁽ʲ⁾ = εₘ₋₁⁽ʲ⁺¹⁾ + 1/(εₘ⁽ʲ⁺¹⁾ - εₘ⁽ʲ⁾); the even columns estimate the limit.
 */
final class WynnEpsilon {

    /** The partial sums used at most, as QUADPACK does (older ones add nothing but rounding). */
    private static final int TERMS = 50;

    private WynnEpsilon() {
    }

    /** The estimate from the highest even column reachable with the last partial sums. */
    static double limit(List<Double> partialSums) {
        int n = Math.min(TERMS, partialSums.size());
        double[] previous = new double[n + 1];
        double[] current = new double[n];
        for (int j = 0; j < n; j++) {
            current[j] = partialSums.get(partialSums.size() - n + j);
        }
        double estimate = current[n - 1];
        for (int column = 1; column < n; column++) {
            int length = n - column;
            double[] next = new double[length];
            for (int j = 0; j < length; j++) {
                double difference = current[j + 1] - current[j];
                if (difference == 0) {
                    // Two equal estimates in an even column: the sequence has converged.
                    return column % 2 == 1 ? current[j + 1] : estimate;
                }
                next[j] = previous[j + 1] + 1 / difference;
            }
            previous = current;
            current = next;
            if (column % 2 == 0) {
                estimate = current[length - 1];
            }
        }
        return estimate;
    }
}
