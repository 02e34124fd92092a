package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The default switch to random sampling (buscar's ranked-tail p-value below 0.5), and the protocol's guarantee. */
class StoppingSwitchTest {

    private final StoppingRule rule = new StoppingRule(StoppingSettings.defaults());

    /** The first point, from 100 records on, where buscar's p-value over every tail is below 0.5: by brute force. */
    private static int bruteForceSwitch(boolean[] relevant, int records) {
        int latest = (int) Math.ceil(0.76 * records - 1e-9);
        for (int d = 1; d <= relevant.length; d++) {
            if (d >= latest) {
                return d;
            }
            if (d >= 100 && HypergeometricStoppingTest.pValue(relevant, d, records, 0.95) < 0.5) {
                return d;
            }
        }
        return -1;
    }

    @Test
    void switchesWhereTheRankedTailFirstLooksLikeTheTarget() {
        // 1,000 records, 19 relevant first: H0 puts two more among the tail of w irrelevant records and the 981 - w
        // unscreened, and buscar's p-value is P(both in the unscreened)
        boolean[] order = HypergeometricStoppingTestTest.sequence(19, 600);
        int expected = bruteForceSwitch(order, 1000);
        assertTrue(expected > 100 && expected < 619, "switch " + expected);
        assertEquals(expected, rule.switchPoint(order, 619, 1000));
        assertEquals(-1, rule.switchPoint(order, expected - 1, 1000), "not before");
        // P(both of 2 relevant avoid w tail records | urn 981) = C(981 - w, 2) / C(981, 2) < 0.5 first at w = 288
        assertEquals(19 + 288, expected);
    }

    @Test
    void signalEqualsBuscarsSmallestPValueOnRandomRankings() {
        // the switch looks only at tails beginning just after a relevant record; buscar's minimum over every tail
        // must give the same point
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            int records = 300 + random.nextInt(600);
            boolean[] order = new boolean[records];
            double early = 0.02 + random.nextDouble() * 0.3;
            for (int i = 0; i < records; i++) {
                // richer at the front, as a ranking is
                order[i] = random.nextDouble() < early * Math.exp(-6.0 * i / records);
            }
            assertEquals(bruteForceSwitch(order, records), rule.switchPoint(order, records, records),
                    "trial " + trial);
        }
    }

    @Test
    void manyIncludesSwitchAfterAShorterRunThanFew() {
        // 400 irrelevant records in a row among 5,000 after 19 relevant: H0 leaves 2 in the urn, and a tail of 400
        // misses both with probability 0.85; after 190 relevant it leaves 11, missed by 400 with probability 0.39
        assertEquals(-1, rule.switchPoint(HypergeometricStoppingTestTest.sequence(19, 400), 419, 5000));
        assertTrue(rule.switchPoint(HypergeometricStoppingTestTest.sequence(190, 400), 590, 5000) > 0);
    }

    @Test
    void theRunRuleStaysAvailable() {
        StoppingRule run = new StoppingRule(StoppingSettings.defaults().withSwitch(100, 0.05, 0.76));
        assertEquals(119, run.switchPoint(HypergeometricStoppingTestTest.sequence(19, 150), 169, 1000));
        assertThrows(IllegalArgumentException.class, () -> StoppingSettings.defaults().withSwitchLevel(0.6, 100));
    }

    /**
     * Runs the whole protocol on a synthetic ranking: the relevant records placed early with noise, a few far
     * down, then the switch, then a random sample of the rest tested after each record.
     *
     * @return {recall reached at the stop, records screened}
     */
    private double[] protocol(SplittableRandom random, int records, int relevantCount, double missShare) {
        boolean[] inOrder = new boolean[records];
        for (int placed = 0; placed < relevantCount; ) {
            // most within the first 15%, some (missShare) anywhere: what the ranking misses
            int at = random.nextDouble() < missShare ? random.nextInt(records)
                    : (int) (records * 0.15 * random.nextDouble() * random.nextDouble());
            if (!inOrder[at]) {
                inOrder[at] = true;
                placed++;
            }
        }
        int switchedAt = rule.switchPoint(inOrder, records, records);
        int before = 0;
        for (int d = 0; d < switchedAt; d++) {
            before += inOrder[d] ? 1 : 0;
        }
        // the rest in a random order: shuffle the remaining labels
        int urn = records - switchedAt;
        boolean[] rest = java.util.Arrays.copyOfRange(inOrder, switchedAt, records);
        for (int i = rest.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean t = rest[i];
            rest[i] = rest[j];
            rest[j] = t;
        }
        int inSample = 0;
        SequentialSampleTest test = rule.sampleTest(urn, before);
        for (int drawn = 1; drawn <= urn; drawn++) {
            inSample += rest[drawn - 1] ? 1 : 0;
            if (test.stops(drawn, inSample)) {
                return new double[] {(double) (before + inSample) / relevantCount, switchedAt + drawn};
            }
        }
        return new double[] {1, records};
    }

    @Test
    void theProtocolReachesTheTargetWithItsConfidence() {
        // 400 synthetic screenings per setting, rankings from good to poor: the share reaching 95% recall must be
        // at least the confidence, less three standard errors of a 95% proportion
        SplittableRandom random = new SplittableRandom(2026);
        int trials = 400;
        for (double missShare : new double[] {0.0, 0.05, 0.15, 0.4}) {
            int reached = 0;
            double screened = 0;
            for (int t = 0; t < trials; t++) {
                double[] run = protocol(random, 1500, 40, missShare);
                reached += run[0] >= 0.95 - 1e-12 ? 1 : 0;
                screened += run[1];
            }
            assertTrue(reached >= trials * (0.95 - 3 * Math.sqrt(0.05 * 0.95 / trials)),
                    reached + " of " + trials + " reached the target with " + missShare + " missed");
            assertTrue(screened / trials < 1500, "it stops before the end on average");
        }
    }
}
