package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final int N = 400;
    private static final FeatureMatrix FEATURES = TfIdfVectorizer.fit(SyntheticRecords.make(N, 30, 5),
            FeatureSettings.defaults());

    @Test
    void easyIncludesAreFoundFirst() {
        Simulation simulation = new Simulation(FEATURES, SyntheticRecords.firstRelevant(N, 30));
        for (SimulationRun run : simulation.runs(PrioritySettings.defaults(), List.of(1L, 2L), 1, 1)) {
            assertEquals(30, run.relevant());
            assertTrue(run.wssAt(0.95) > 60, "WSS@95 " + run.wssAt(0.95));
            assertTrue(run.rrfAt(0.10) > 60, "RRF@10 " + run.rrfAt(0.10));
            assertTrue(run.recallAtStop() >= 0.95, "recall at stop " + run.recallAtStop());
            assertTrue(run.stoppedAt() < N, "the rule stops before the end");
        }
    }

    @Test
    void randomLabelsSaveNoWorkAndTheRuleDoesNotStopEarly() {
        SplittableRandom random = new SplittableRandom(9);
        boolean[] labels = new boolean[N];
        for (int i = 0; i < N; i++) {
            labels[i] = random.nextInt(10) == 0;
        }
        Simulation simulation = new Simulation(FEATURES, labels);
        for (SimulationRun run : simulation.runs(PrioritySettings.defaults(), List.of(1L, 2L), 1, 1)) {
            assertTrue(Math.abs(run.wssAt(0.95)) < 20, "WSS@95 " + run.wssAt(0.95));
            assertTrue(run.recallAtStop() >= 0.95, "recall at stop " + run.recallAtStop());
            assertTrue(run.stoppedAt() > 0.8 * N, "stopped at " + run.stoppedAt());
        }
    }

    @Test
    void sameSeedSameRun() {
        Simulation simulation = new Simulation(FEATURES, SyntheticRecords.firstRelevant(N, 30));
        SimulationRun a = simulation.run(PrioritySettings.defaults().withSeed(4), 1, 1);
        SimulationRun b = simulation.run(PrioritySettings.defaults().withSeed(4), 1, 1);
        assertArrayEquals(a.foundAt(), b.foundAt());
        assertEquals(a.stoppedAt(), b.stoppedAt());
    }

    @Test
    void metricsOfAKnownCurve() {
        // 10 records, 4 relevant found at 1, 2, 5 and 9 screened
        SimulationRun run = new SimulationRun(1, 10, new int[] {1, 2, 5, 9}, 4, 6, 3, 7);
        assertEquals(9, run.screenedAt(0.95), "95% of 4 is 3.8: all 4 needed");
        assertEquals((1 / 10.0 - 0.05) * 100, run.wssAt(0.95), 1e-9);
        assertEquals(10.0, run.wssAt(1.0), 1e-9);
        assertEquals(25.0, run.rrfAt(0.10), 1e-9);
        assertEquals(0.75, run.recallAtStop(), 1e-12);
        assertEquals(0.75, run.rankedTailRecallAtStop(), 1e-12);
    }

    @Test
    void priorsMustExist() {
        Simulation simulation = new Simulation(FEATURES, SyntheticRecords.firstRelevant(N, 1));
        assertThrows(IllegalArgumentException.class, () -> simulation.run(PrioritySettings.defaults(), 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Simulation(FEATURES, new boolean[N]));
    }
}
