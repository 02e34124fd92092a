package org.evsynth.stats.effect;

/**
 * Events and person-time at risk in one group, for pooled incidence rates (IR, IRLN).
 *
 * @param study the study's label
 * @param events events
 * @param time person-time at risk
 */
public record RateStudy(String study, double events, double time) implements StudyData {

    /** Validates: events not negative, person-time positive, both finite. */
    public RateStudy {
        Checks.label(study);
        Checks.count(study, "events", events);
        Checks.positive(study, "time", time);
    }

    /** Creates a study from its events and person-time. */
    public static RateStudy of(String study, double events, double time) {
        return new RateStudy(study, events, time);
    }

    @Override
    public DataKind kind() {
        return DataKind.RATE;
    }
}
