package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetrainScheduleTest {

    @Test
    void trainsOnlyOnceBothClassesAreThere() {
        RetrainSchedule every = RetrainSchedule.everyDecision();
        assertEquals(new RetrainSchedule.TrainingPoint(0, 0), every.trainingPoint(new boolean[] {false, false}));
        assertEquals(new RetrainSchedule.TrainingPoint(3, 1), every.trainingPoint(new boolean[] {false, false, true}));
        assertEquals(new RetrainSchedule.TrainingPoint(5, 3),
                every.trainingPoint(new boolean[] {false, false, true, false, false}));
    }

    @Test
    void growingIntervalsAndIncludes() {
        // every decision to 10, then at 10 + 5 = 15, 15 + 8 = 23, ...; and at includes
        RetrainSchedule schedule = new RetrainSchedule(10, 0.5, true, 0);
        boolean[] decisions = new boolean[22];
        decisions[0] = true;
        assertEquals(15, schedule.trainingPoint(decisions).decisions());
        assertEquals(10, schedule.trainingPoint(java.util.Arrays.copyOf(decisions, 14)).decisions());
        decisions[19] = true;
        assertEquals(20, schedule.trainingPoint(decisions).decisions());
        assertEquals(11, schedule.trainingPoint(decisions).version(), "2 to 10, 15 and 20");
    }

    @Test
    void lagLeavesOutTheLatestDecisions() {
        RetrainSchedule lagged = RetrainSchedule.everyDecision().withLag(1);
        boolean[] decisions = {true, false, false, true};
        assertEquals(new RetrainSchedule.TrainingPoint(3, 2), lagged.trainingPoint(decisions));
        assertEquals(new RetrainSchedule.TrainingPoint(0, 0), lagged.trainingPoint(new boolean[] {true, false}),
                "the first model comes one decision later");
        assertEquals(1, RetrainSchedule.defaults().lag());
    }
}
