package org.evsynth.records.screening;

/** A screening decision as the model learns from it. */
public enum Label {
    INCLUDE,
    EXCLUDE,
    /** Undecided: trained on as an include, since a record worth a second look must not sink in the ranking. */
    MAYBE;

    /** Whether the model trains on it as an include (and the stopping rule counts it as relevant). */
    public boolean countsAsInclude() {
        return this != EXCLUDE;
    }
}
