package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StoppingRuleTest {

    private final StoppingRule rule = new StoppingRule(StoppingSettings.defaults());

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
                () -> new StoppingSettings(1.0, 0.95, 100));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new StoppingSettings(0.95, 0, 100));
    }
}
