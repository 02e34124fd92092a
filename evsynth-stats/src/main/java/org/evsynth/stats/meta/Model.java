package org.evsynth.stats.meta;

/** Whether the true effects are assumed equal across studies or drawn from a distribution. */
public enum Model {
    /** Random effects: true effects vary across studies with variance tau². */
    RANDOM,
    /** Common (fixed) effect: one true effect shared by every study. */
    COMMON
}
