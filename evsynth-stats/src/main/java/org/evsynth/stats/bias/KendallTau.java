package org.evsynth.stats.bias;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kendall's rank correlation with the test R's {@code cor.test(method = "kendall", exact = TRUE)} performs:
 * tau-b, and a two-sided p-value from the exact null distribution of the number of concordant pairs when there
 * are no ties, or from the normal approximation with the tie-corrected variance of S otherwise (Kendall 1970).
 */
final class KendallTau {

    /** Above this many observations the exact distribution is replaced by the normal approximation. */
    private static final int EXACT_LIMIT = 1000;

    private KendallTau() {
    }

    static RankCorrelationTest test(double[] x, double[] y) {
        int n = x.length;
        long concordant = 0;
        long discordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double product = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
                if (product > 0) {
                    concordant++;
                } else if (product < 0) {
                    discordant++;
                }
            }
        }
        double pairs = n * (n - 1) / 2.0;
        double tiesX = tiedPairs(x);
        double tiesY = tiedPairs(y);
        double s = concordant - discordant;
        double tau = s / Math.sqrt((pairs - tiesX) * (pairs - tiesY));
        boolean ties = tiesX > 0 || tiesY > 0;
        if (!ties && n <= EXACT_LIMIT) {
            long q = Math.round((tau + 1) * n * (n - 1) / 4);
            double p = q > n * (n - 1) / 4.0 ? 1 - cumulative(q - 1, n) : cumulative(q, n);
            return new RankCorrelationTest(tau, Math.min(1, 2 * p), true);
        }
        double z = s / Math.sqrt(varianceOfS(x, y));
        NormalDistribution normal = NormalDistribution.of(0, 1);
        return new RankCorrelationTest(tau, 2 * normal.survivalProbability(Math.abs(z)), false);
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
