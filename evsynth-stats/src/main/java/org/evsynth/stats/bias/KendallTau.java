package org.evsynth.stats.bias;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kendall's rank correlation with the test R's {@code cor.test(method = "kendall", exact = TRUE)} performs:
 * tau-b, and a two-sided p-value from the exact null distribution of the number of concordant pairs when there
 * are no ties, or from the normal approximation with the tie-corrected variance of S otherwise (Kendall 1970).
 * S is counted in O(k log k) (Knight 1966), so the test takes milliseconds at k = 100,000.
 */
final class KendallTau {

    /** Above this many observations the exact distribution is replaced by the normal approximation. */
    private static final int EXACT_LIMIT = 1000;

    private KendallTau() {
    }

    static RankCorrelationTest test(double[] x, double[] y) {
        int n = x.length;
        long pairs = (long) n * (n - 1) / 2;
        double tiesX = tiedPairs(x);
        double tiesY = tiedPairs(y);
        double s = statistic(x, y);
        double tau = s / Math.sqrt((pairs - tiesX) * (pairs - tiesY));
        boolean ties = tiesX > 0 || tiesY > 0;
        if (!ties && n <= EXACT_LIMIT) {
            long q = Math.round((tau + 1) * pairs / 2);
            double p = q > pairs / 2.0 ? 1 - cumulative(q - 1, n) : cumulative(q, n);
            return new RankCorrelationTest(tau, Math.min(1, 2 * p), true);
        }
        double z = s / Math.sqrt(varianceOfS(x, y));
        NormalDistribution normal = NormalDistribution.of(0, 1);
        return new RankCorrelationTest(tau, 2 * normal.survivalProbability(Math.abs(z)), false);
    }

    /**
     * Kendall's S = concordant - discordant pairs in O(n log n) (Knight 1966): sort by x (then y), count the
     * pairs tied in x and tied in both, then count the exchanges a merge sort of the y values needs (the
     * discordant pairs among those not tied in x); S = n₀ - n₁ - n₂ + n₃ - 2·exchanges with n₀ = n(n-1)/2, n₁ and
     * n₂ the pairs tied in x and in y, n₃ those tied in both. Counts are longs: at n above 46,340, n(n-1)/2 no
     * longer fits an int.
     */
    static double statistic(double[] x, double[] y) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Double.compare(y[a], y[b]);
        });
        double[] sortedY = new double[n];
        long tiedX = 0;
        long tiedBoth = 0;
        long runX = 1;
        long runBoth = 1;
        for (int i = 0; i < n; i++) {
            sortedY[i] = y[order[i]];
            if (i > 0) {
                boolean sameX = x[order[i]] == x[order[i - 1]];
                runX = sameX ? runX + 1 : 1;
                runBoth = sameX && sortedY[i] == sortedY[i - 1] ? runBoth + 1 : 1;
                tiedX += runX - 1;
                tiedBoth += runBoth - 1;
            }
        }
        long exchanges = mergeSortExchanges(sortedY, new double[n], 0, n);
        long tiedY = 0;
        long runY = 1;
        for (int i = 1; i < n; i++) {
            runY = sortedY[i] == sortedY[i - 1] ? runY + 1 : 1;
            tiedY += runY - 1;
        }
        long pairs = (long) n * (n - 1) / 2;
        return (double) (pairs - tiedX - tiedY + tiedBoth - 2 * exchanges);
    }

    /** Sorts values[from, to) and returns the number of inversions (pairs out of order; equal values are not). */
    private static long mergeSortExchanges(double[] values, double[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int middle = (from + to) >>> 1;
        long exchanges = mergeSortExchanges(values, buffer, from, middle)
                + mergeSortExchanges(values, buffer, middle, to);
        int left = from;
        int right = middle;
        int out = from;
        while (left < middle && right < to) {
            if (values[right] < values[left]) {
                exchanges += middle - left;
                buffer[out++] = values[right++];
            } else {
                buffer[out++] = values[left++];
            }
        }
        while (left < middle) {
            buffer[out++] = values[left++];
        }
        while (right < to) {
            buffer[out++] = values[right++];
        }
        System.arraycopy(buffer, from, values, from, to - from);
        return exchanges;
    }

    /** P(T ≤ q) for T the number of concordant pairs among n untied observations: the Mahonian distribution. */
    static double cumulative(long q, int n) {
        if (q < 0) {
            return 0;
        }
        double[] distribution = {1};
        for (int m = 2; m <= n; m++) {
            // Inserting the m-th element adds 0..m-1 inversions, each equally likely.
            double[] next = new double[distribution.length + m - 1];
            double window = 0;
            for (int t = 0; t < next.length; t++) {
                if (t < distribution.length) {
                    window += distribution[t];
                }
                if (t - m >= 0 && t - m < distribution.length) {
                    window -= distribution[t - m];
                }
                next[t] = window / m;
            }
            distribution = next;
        }
        double sum = 0;
        for (int t = 0; t <= Math.min(q, distribution.length - 1); t++) {
            sum += distribution[t];
        }
        return Math.min(1, sum);
    }

    private static double tiedPairs(double[] values) {
        double pairs = 0;
        for (long t : tieGroups(values).values()) {
            pairs += t * (t - 1) / 2.0;
        }
        return pairs;
    }

    private static Map<Double, Long> tieGroups(double[] values) {
        Map<Double, Long> counts = new HashMap<>();
        for (double value : values) {
            counts.merge(value, 1L, Long::sum);
        }
        return counts;
    }

    /** Var(S) with ties, as R's cor.test. */
    private static double varianceOfS(double[] x, double[] y) {
        double n = x.length;
        double v0 = n * (n - 1) * (2 * n + 5);
        double vt = 0;
        double vu = 0;
        double t1 = 0;
        double u1 = 0;
        double t2 = 0;
        double u2 = 0;
        for (long t : tieGroups(x).values()) {
            vt += t * (t - 1) * (2 * t + 5.0);
            t1 += t * (t - 1.0);
            t2 += t * (t - 1.0) * (t - 2);
        }
        for (long u : tieGroups(y).values()) {
            vu += u * (u - 1) * (2 * u + 5.0);
            u1 += u * (u - 1.0);
            u2 += u * (u - 1.0) * (u - 2);
        }
        return (v0 - vt - vu) / 18 + t1 * u1 / (2 * n * (n - 1)) + t2 * u2 / (9 * n * (n - 1) * (n - 2));
    }
}
