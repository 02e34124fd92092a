package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stopping test's p-values against hypergeometric probabilities worked out by hand. */
class HypergeometricStoppingTestTest {

    @Test
    void hypergeometricTailMatchesHandCounts() {
        // 10 records, 3 relevant, 4 drawn: P(0) = C(7,4)/C(10,4) = 35/210, P(1) = 3 C(7,3)/210 = 105/210
        assertEquals(35.0 / 210, Hypergeometric.cdf(0, 10, 3, 4), 1e-14);
        assertEquals(140.0 / 210, Hypergeometric.cdf(1, 10, 3, 4), 1e-14);
        assertEquals(1.0, Hypergeometric.cdf(3, 10, 3, 4), 0);
        // 9 irrelevant of 10 and 2 drawn with none relevant is impossible when 9 are relevant: max(0, n - (N - K))
        assertEquals(0.0, Hypergeometric.cdf(0, 10, 9, 2), 0);
        // more relevant than records: no such urn
        assertEquals(0.0, Hypergeometric.cdf(0, 5, 6, 2), 0);
    }

    @Test
    void largeUrnsDoNotUnderflow() {
        // 2,000 of 4,000 relevant, 2,000 drawn: P(X <= 1000) is about one half; P(X = 0) alone underflows
        double p = Hypergeometric.cdf(1000, 4000, 2000, 2000);
        assertTrue(p > 0.5 && p < 0.52, "P(X <= mean) = " + p);
    }

    @Test
    void relevantUnderNullFloorsExactly() {
        // 19 found, target 95%: recall < 95% means more than 20 relevant, so at least 21; 0 before the sample
        assertEquals(21, HypergeometricStoppingTest.relevantUnderNull(19, 0, 0.95));
        assertEquals(2, HypergeometricStoppingTest.relevantUnderNull(19, 19, 0.95));
        assertEquals(3, HypergeometricStoppingTest.relevantUnderNull(38, 38, 0.95));
    }

    @Test
    void pValueOfAWorkedExample() {
        // 100 records; the 19 relevant came first, then 71 irrelevant; 10 unscreened. Under H0 (recall < 95%)
        // at least 21 are relevant, so 2 are among the 81 records unscreened before the 71: P(none of 2 in 71
        // draws from 81) = C(79,71)/C(81,71) = (10 x 9)/(81 x 80) = 1/72, the smallest over every sample size.
        boolean[] relevant = sequence(19, 71);
        assertEquals(1.0 / 72, HypergeometricStoppingTest.samplePValue(81, 71, 0, 19, 0.95), 1e-14);
        assertEquals(1.0 / 72, HypergeometricStoppingTest.pValue(relevant, 90, 100, 0.95), 1e-14);
        // the last 50 alone: 2 relevant among 60, none in 50 drawn: (10 x 9)/(60 x 59)
        assertEquals(90.0 / 3540, HypergeometricStoppingTest.samplePValue(60, 50, 0, 19, 0.95), 1e-14);
        assertTrue(HypergeometricStoppingTest.rejects(relevant, 90, 100, 0.95, 0.05));
        assertFalse(HypergeometricStoppingTest.rejects(relevant, 90, 100, 0.95, 0.01));
    }

    @Test
    void everyRecordScreenedMeansStop() {
        boolean[] relevant = sequence(3, 7);
        assertEquals(0.0, HypergeometricStoppingTest.pValue(relevant, 10, 10, 0.95), 0);
    }

    @Test
    void nothingScreenedMeansGoOn() {
        assertEquals(1.0, HypergeometricStoppingTest.pValue(new boolean[0], 0, 100, 0.95), 0);
    }

    @Test
    void smallestPValueEqualsTheMinimumOverEverySample() {
        // the search skips samples that cannot win; a plain minimum over all of them must agree
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int trial = 0; trial < 40; trial++) {
            int records = 50 + random.nextInt(300);
            int screened = 1 + random.nextInt(records);
            double rate = random.nextDouble() * 0.3;
            boolean[] relevant = new boolean[screened];
            for (int i = 0; i < screened; i++) {
                relevant[i] = random.nextDouble() < rate * (1 - (double) i / screened) * 2;
            }
            int seen = 0;
            for (boolean r : relevant) {
                seen += r ? 1 : 0;
            }
            double plain = 1;
            int inSample = 0;
            for (int w = 1; w <= screened; w++) {
                inSample += relevant[screened - w] ? 1 : 0;
                plain = Math.min(plain, HypergeometricStoppingTest.samplePValue(records - screened + w, w, inSample,
                        seen, 0.95));
            }
            assertEquals(plain, HypergeometricStoppingTest.pValue(relevant, screened, records, 0.95), 1e-12,
                    "trial " + trial);
        }
    }

    static boolean[] sequence(int relevantFirst, int irrelevantAfter) {
        boolean[] out = new boolean[relevantFirst + irrelevantAfter];
        for (int i = 0; i < relevantFirst; i++) {
            out[i] = true;
        }
        return out;
    }
}
