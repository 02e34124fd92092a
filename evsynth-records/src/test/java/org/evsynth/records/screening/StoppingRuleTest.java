package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StoppingRuleTest {

    /** The ranked-tail protocol: the tests of buscar's form. */
    private final StoppingRule rule = new StoppingRule(StoppingSettings.defaults()
            .withProtocol(StoppingProtocol.RANKED_TAIL));

    @Test
    void stateOfTheWorkedExample() {
        StoppingState state = rule.evaluate(HypergeometricStoppingTestTest.sequence(19, 71), 90, 100);
        assertEquals(1.0 / 72, state.pValue(), 1e-14);
        assertTrue(state.stop());
        assertEquals(19, state.relevantFound());
        assertEquals(71, state.irrelevantSinceRelevant());
        assertFalse(state.irrelevantRunStop(), "71 in a row is below the heuristic's 100");
        assertTrue(state.recallLowerBound() >= 0.95, "bound " + state.recallLowerBound());
        // no relevant record in the last 50: the point estimate is all of them found
        assertEquals(1.0, state.recallEstimate(), 0);
    }

    @Test
    void lowerBoundIsBelowTargetWhileTheTestGoesOn() {
        StoppingState state = rule.evaluate(HypergeometricStoppingTestTest.sequence(19, 20), 39, 100);
        assertFalse(state.stop());
        assertTrue(state.recallLowerBound() < 0.95 && state.recallLowerBound() > 0.19,
                "bound " + state.recallLowerBound());
        assertTrue(state.recallEstimate() < 1);
    }

    @Test
    void boundAndStopAgreeAlongARandomScreening() {
        // In random order the test is exact: wherever it stops, the bound must reach the target, and before
        // it stops the bound must stay below the target.
        SplittableRandom random = new SplittableRandom(7);
        boolean[] relevant = new boolean[400];
        for (int i = 0; i < relevant.length; i++) {
            relevant[i] = random.nextDouble() < 0.1;
        }
        for (int screened = 20; screened <= 400; screened += 20) {
            StoppingState state = rule.evaluate(relevant, screened, 400);
            assertEquals(state.stop(), state.recallLowerBound() >= 0.95 - 1e-12,
                    "at " + screened + ": p " + state.pValue() + ", bound " + state.recallLowerBound());
        }
    }

    @Test
    void irrelevantRunHeuristic() {
        StoppingState state = rule.evaluate(HypergeometricStoppingTestTest.sequence(5, 100), 105, 5000);
        assertTrue(state.irrelevantRunStop());
        assertFalse(state.stop(), "5 found and 100 irrelevant in a row prove nothing about 4,895 unscreened");
    }

    @Test
    void kneeMethod() {
        // 20 relevant in the first 20, then 180 irrelevant: knee at 20, ratio (20/20) / (1/180) = 180 >= 136
        boolean[] curve = HypergeometricStoppingTestTest.sequence(20, 180);
        assertEquals(180.0, KneeMethod.slopeRatio(curve, 200), 1e-9);
        assertTrue(KneeMethod.stops(curve, 200));
        assertEquals(136.0, KneeMethod.threshold(20), 0);
        assertFalse(KneeMethod.stops(curve, 120), "fewer than 150 screened");
        assertFalse(KneeMethod.stops(HypergeometricStoppingTestTest.sequence(20, 130), 150),
                "ratio 130 is below 136");
    }

    @Test
    void settingsAreChecked() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StoppingSettings.defaults().withTargetRecall(1.0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StoppingSettings.defaults().withConfidence(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StoppingSettings.defaults().withSwitch(0, 0.05, 0.76));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StoppingSettings.defaults().withSwitch(100, 0.05, 0));
    }

    @Test
    void switchesToRandomSamplingAfterARunOfIrrelevantRecords() {
        StoppingRule sampling = new StoppingRule(StoppingSettings.defaults().withSwitch(100, 0.05, 0.76));
        // 1,000 records: the run is max(100, 5% of 1,000) = 100
        boolean[] screened = HypergeometricStoppingTestTest.sequence(19, 150);
        assertEquals(119, sampling.switchPoint(screened, 169, 1000));
        assertEquals(-1, sampling.switchPoint(screened, 118, 1000));
        // 4,000 records: 5% is 200, longer than 100
        assertEquals(-1, sampling.switchPoint(screened, 169, 4000));
        // at the latest after 76% of the records: with a relevant record every 50 there is no run of 100, and
        // 152 is the first count at 76% of 200
        boolean[] spread = new boolean[169];
        for (int i = 0; i < spread.length; i += 50) {
            spread[i] = true;
        }
        assertEquals(152, sampling.switchPoint(spread, 169, 200));
        assertEquals(-1, new StoppingRule(StoppingSettings.defaults().withProtocol(StoppingProtocol.RANKED_TAIL))
                .switchPoint(screened, 169, 1000), "the ranked-tail protocol never samples");
    }

    @Test
    void randomSampleTestOfAWorkedExample() {
        // 100 records; 19 relevant first, a run of 5 irrelevant switches (settings below) at 24, leaving 76. Under
        // H0 (recall < 95%) at least floor(19 / 0.95) + 1 = 21 are relevant, so 2 among the 76: after 50 drawn at
        // random without one, P = C(74,50)/C(76,50) = (26 x 25)/(76 x 75); after 71, (5 x 4)/(76 x 75).
        StoppingRule sampling = new StoppingRule(StoppingSettings.defaults().withSwitch(5, 0, 1));
        boolean[] screened = HypergeometricStoppingTestTest.sequence(19, 81);
        StoppingState after50 = sampling.evaluate(screened, 74, 100);
        assertTrue(after50.sampling());
        assertEquals(24, after50.sampleStart());
        assertEquals(50, after50.sampleSize());
        assertEquals(0, after50.sampleRelevant());
        assertEquals(650.0 / 5700, after50.pValue(), 1e-14);
        assertFalse(after50.stop());
        assertTrue(after50.recallLowerBound() < 0.95);
        StoppingState after71 = sampling.evaluate(screened, 95, 100);
        assertEquals(20.0 / 5700, after71.pValue(), 1e-14);
        assertTrue(after71.stop());
        assertTrue(after71.recallLowerBound() >= 0.95, "bound " + after71.recallLowerBound());
        assertEquals(1.0, after71.recallEstimate(), 0, "no relevant record in the sample");
        // before the switch the rule has nothing to test
        StoppingState before = sampling.evaluate(screened, 22, 100);
        assertFalse(before.sampling());
        assertEquals(1.0, before.pValue(), 0);
        assertTrue(before.rankedTailPValue() < 1, "buscar's form is shown beside it");
    }

    @Test
    void randomSampleTestKeepsItsErrorRate() {
        // A ranking that finds 36 of 40 relevant records early and misses 4 (10% of recall): whatever the switch,
        // stopping with recall below 95% must happen in at most 5% of random samples (plus sampling noise).
        int records = 2000;
        int failures = 0;
        int trials = 2000;
        SplittableRandom random = new SplittableRandom(11);
        SequentialSampleTest test = new StoppingRule(StoppingSettings.defaults()).sampleTest(records - 300, 36);
        for (int t = 0; t < trials; t++) {
            int left = records - 300;
            int relevantLeft = 4;
            int drawn = 0;
            int found = 0;
            while (left - drawn > 0) {
                boolean hit = random.nextInt(left - drawn) < relevantLeft - found;
                drawn++;
                found += hit ? 1 : 0;
                if (test.stops(drawn, found)) {
                    break;
                }
            }
            failures += (36 + found) / 40.0 < 0.95 ? 1 : 0;
        }
        assertTrue(failures <= 0.05 * trials + 3 * Math.sqrt(0.05 * 0.95 * trials),
                failures + " of " + trials + " samples stopped short of the target");
    }
}
