package org.evsynth.stats.effect;

import java.util.Locale;

/**
 * Events and totals in two arms; arm 1 is the experimental arm.
 *
 * @param study the study's label
 * @param events1 events in arm 1
 * @param total1 participants in arm 1
 * @param events2 events in arm 2
 * @param total2 participants in arm 2
 */
public record BinaryStudy(String study, double events1, double total1, double events2, double total2)
        implements StudyData {

    /** Validates and creates a study; counts may be fractional (e.g. from imputation) but not negative. */
    public BinaryStudy {
        Checks.label(study);
        Checks.count(study, "events_1", events1);
        Checks.count(study, "total_1", total1);
        Checks.count(study, "events_2", events2);
        Checks.count(study, "total_2", total2);
        Checks.notAbove(study, "events_1", events1, "total_1", total1);
        Checks.notAbove(study, "events_2", events2, "total_2", total2);
        if (total1 == 0 || total2 == 0) {
            String field = total1 == 0 ? "total_1" : "total_2";
            throw new InvalidStudyDataException(field, String.format(Locale.ROOT,
                    "%s is 0 in study '%s': each arm needs participants", field, study));
        }
    }

    /** Creates a study from its 2×2 counts. */
    public static BinaryStudy of(String study, double events1, double total1, double events2, double total2) {
        return new BinaryStudy(study, events1, total1, events2, total2);
    }

    @Override
    public DataKind kind() {
        return DataKind.BINARY;
    }

    /** Whether no participant in either arm had the event. */
    public boolean noEvents() {
        return events1 == 0 && events2 == 0;
    }

    /** Whether every participant in both arms had the event. */
    public boolean allEvents() {
        return events1 == total1 && events2 == total2;
    }

    /** Whether any of the four cells of the 2×2 table is zero. */
    public boolean hasZeroCell() {
        return events1 == 0 || events2 == 0 || events1 == total1 || events2 == total2;
    }
}
