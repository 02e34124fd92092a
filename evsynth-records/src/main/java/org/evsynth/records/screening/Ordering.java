package org.evsynth.records.screening;

/** Why the records of a ranking come in the order they do. */
public enum Ordering {
    /** A random order drawn from the seed: there is not yet an include and an exclude to train on. */
    RANDOM_START,
    /** The model's scores, highest first. */
    MODEL,
    /**
     * A random order of the records left when the stopping rule switched to random sampling, drawn from the seed
     * independently of everything else, so that the records screened from here are a random sample of them.
     */
    RANDOM_SAMPLE
}
