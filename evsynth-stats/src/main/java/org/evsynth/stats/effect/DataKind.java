package org.evsynth.stats.effect;

/** The shape of a study's reported data, which decides the effect measures that can be computed from it. */
public enum DataKind {
    /** Events and totals in two arms (a 2×2 table). */
    BINARY,
    /** Mean, standard deviation and size of two arms. */
    CONTINUOUS,
    /** Events and total in one group. */
    PROPORTION,
    /** Events and person-time at risk in two arms. */
    PERSON_TIME,
    /** Events and person-time at risk in one group. */
    RATE,
    /** An effect estimate already computed by the study: with a confidence interval, or on the analysis scale with its SE. */
    GENERIC
}
