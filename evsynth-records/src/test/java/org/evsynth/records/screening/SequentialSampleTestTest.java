package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequentialSampleTestTest {

    private interface StopRegion {
        boolean stops(int drawn, int relevantDrawn);
    }

    /**
     * The exact chance that a procedure stopping at the first (n, k) of its region stops with recall below 95%,
     * the urn of {@code urn} holding {@code relevant} relevant records and {@code before} found before: a forward
     * recursion over every (records drawn, relevant drawn), independent of the one the test uses.
     */
    private static double errorRate(int urn, int relevant, int before, StopRegion region) {
        double[] alive = new double[relevant + 1];
        alive[0] = 1;
        double error = 0;
        for (int n = 1; n <= urn; n++) {
            double[] next = new double[relevant + 1];
            for (int k = 0; k <= relevant; k++) {
                if (alive[k] == 0) {
                    continue;
                }
                double hit = (double) (relevant - k) / (urn - n + 1);
                next[k] += alive[k] * (1 - hit);
                if (k < relevant) {
                    next[k + 1] += alive[k] * hit;
                }
            }
            for (int k = 0; k <= relevant; k++) {
                if (next[k] > 0 && region.stops(n, k)) {
                    if ((before + k) < 0.95 * (before + relevant) - 1e-9) {
                        error += next[k];
                    }
                    next[k] = 0;
                }
            }
            alive = next;
        }
        return error;
    }

    @Test
    void aSampleWithoutRelevantRecordsStopsWhereThePapersTestDoes() {
        // 76 left after 19 relevant: H0 puts 2 among them, and P(none in n) = (76-n)(75-n) / (76 x 75) first falls
        // below 0.05 at n = 59 (17 x 16 = 272 < 285; at 58, 18 x 17 = 306)
        SequentialSampleTest test = new SequentialSampleTest(76, 19, 0.95, 0.05);
        assertEquals(59, test.boundary(0));
        assertEquals(272.0 / 5700, test.pValue(59, 0), 1e-14);
        assertTrue(test.stops(59, 0));
        assertEquals(306.0 / 5700, test.pValue(58, 0), 1e-14);
        assertTrue(test.boundary(1) > 59, "a relevant record in the sample asks for more");
    }

    @Test
    void repeatedAfterEveryRecordThePapersTestExceedsItsErrorRateAndThisOneDoesNot() {
        // 1,000 records left after 300 relevant found, 19 of them relevant (recall 94%): the paper's p-value tested
        // after every record stops short of 95% in 8.3% of samples at a stated 5%
        StopRegion paper = (n, k) -> HypergeometricStoppingTest.samplePValue(1000, n, k, 300 + k, 0.95) < 0.05;
        assertEquals(0.083, errorRate(1000, 19, 300, paper), 0.001);
        SequentialSampleTest test = new SequentialSampleTest(1000, 300, 0.95, 0.05);
        assertTrue(errorRate(1000, 19, 300, test::stops) <= 0.05);
    }

    @Test
    void theErrorRateHoldsForEveryNumberOfRelevantRecordsLeft() {
        int[][] cases = {{500, 20}, {1500, 80}, {800, 300}, {3000, 5}};
        for (int[] c : cases) {
            int urn = c[0];
            int before = c[1];
            SequentialSampleTest test = new SequentialSampleTest(urn, before, 0.95, 0.05);
            double worst = 0;
            for (int relevant = 0; relevant <= 60; relevant++) {
                worst = Math.max(worst, errorRate(urn, relevant, before, test::stops));
            }
            assertTrue(worst <= 0.05, "urn " + urn + ", " + before + " found before: error " + worst);
            assertTrue(worst > 0.03, "and it is not needlessly strict: " + worst);
        }
    }

    @Test
    void pValueAndStopAgree() {
        SequentialSampleTest test = new SequentialSampleTest(1000, 60, 0.95, 0.05);
        for (int k = 0; k <= 4; k++) {
            int boundary = test.boundary(k);
            assertTrue(test.pValue(boundary, k) < 0.05, "at the boundary for " + k);
            assertTrue(test.pValue(boundary - 1, k) >= 0.05, "just before it for " + k);
            assertTrue(k == 0 || boundary >= test.boundary(k - 1));
        }
    }
}
