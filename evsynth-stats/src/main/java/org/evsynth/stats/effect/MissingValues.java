package org.evsynth.stats.effect;

/** What an analysis does with a study that has a missing value ({@link IncompleteStudy}). */
public enum MissingValues {
    /** Refuse it: the analysis fails with an {@link InvalidStudyDataException} naming the study and the field. */
    REFUSE,
    /**
     * Leave it out and list it among the excluded studies with the missing fields as the reason, as metafor drops
     * NAs (with a warning) under {@code na.action = "na.omit"}.
     */
    DROP
}
