package org.evsynth.stats.effect;

/**
 * Events out of a total in one group, for pooled event rates.
 *
 * @param study the study's label
 * @param events participants with the event
 * @param total participants
 */
public record ProportionStudy(String study, double events, double total) implements StudyData {

    /** Validates: counts not negative, events not above the total, at least one participant. */
    public ProportionStudy {
        Checks.label(study);
        Checks.count(study, "events", events);
        Checks.atLeastOne(study, "total", total);
        Checks.notAbove(study, "events", events, "total", total);
    }

    /** Creates a study from its counts. */
    public static ProportionStudy of(String study, double events, double total) {
        return new ProportionStudy(study, events, total);
    }

    @Override
    public DataKind kind() {
        return DataKind.PROPORTION;
    }
}
