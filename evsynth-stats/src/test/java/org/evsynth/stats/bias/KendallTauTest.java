package org.evsynth.stats.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Knight's O(k log k) count of Kendall's S against the O(k²) pair count, with and without ties, and at large k. */
class KendallTauTest {

    @Test
    void knightsCountEqualsThePairCountWithTies() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(60);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(trial % 2 == 0 ? 5 : 1000);
                y[i] = random.nextInt(trial % 3 == 0 ? 4 : 1000);
            }
            assertEquals(pairCount(x, y), KendallTau.statistic(x, y), 0, "trial " + trial);
        }
    }

    @Test
    void tauIsRightBeyondTheIntRangeOfPairs() {
        int n = 50_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i;
        }
        y[0] = n;   // one study moved to the end: n - 1 discordant pairs
        RankCorrelationTest test = KendallTau.test(x, y);
        double pairs = (double) n * (n - 1) / 2;
        assertEquals((pairs - 2.0 * (n - 1)) / pairs, test.tau(), 1e-12);
        assertTrue(test.pValue() < 1e-100 && !test.exact());
    }

    private static double pairCount(double[] x, double[] y) {
        long s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                s += (long) (Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]));
            }
        }
        return s;
    }
}
