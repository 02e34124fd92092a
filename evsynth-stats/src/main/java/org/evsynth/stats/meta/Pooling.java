package org.evsynth.stats.meta;

/** How study effects are combined. */
public enum Pooling {
    /** Inverse-variance weighting, for any measure and either model. */
    IV,
    /** Mantel-Haenszel (common effect; OR, RR, RD from 2×2 tables). */
    MH,
    /** Peto's one-step odds ratio (common effect; OR from 2×2 tables). */
    PETO
}
