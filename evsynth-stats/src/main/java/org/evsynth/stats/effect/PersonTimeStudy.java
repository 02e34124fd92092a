package org.evsynth.stats.effect;

/**
 * Events and person-time at risk in two arms, for incidence-rate measures (IRR, IRD); arm 1 is the
 * experimental arm.
 *
 * @param study the study's label
 * @param events1 events in arm 1
 * @param time1 person-time at risk in arm 1 (any unit, the same in both arms)
 * @param events2 events in arm 2
 * @param time2 person-time at risk in arm 2
 */
public record PersonTimeStudy(String study, double events1, double time1, double events2, double time2)
        implements StudyData {

    /** Validates: counts not negative, person-time positive, every figure finite. */
    public PersonTimeStudy {
        Checks.label(study);
        Checks.count(study, "events_1", events1);
        Checks.positive(study, "time_1", time1);
        Checks.count(study, "events_2", events2);
        Checks.positive(study, "time_2", time2);
    }

    /** Creates a study from its events and person-time per arm. */
    public static PersonTimeStudy of(String study, double events1, double time1, double events2, double time2) {
        return new PersonTimeStudy(study, events1, time1, events2, time2);
    }

    @Override
    public DataKind kind() {
        return DataKind.PERSON_TIME;
    }

    /** Whether neither arm had an event. */
    public boolean noEvents() {
        return events1 == 0 && events2 == 0;
    }

    /** Whether either arm had no event, so that a log rate or its variance needs the continuity correction. */
    public boolean hasZeroCount() {
        return events1 == 0 || events2 == 0;
    }
}
