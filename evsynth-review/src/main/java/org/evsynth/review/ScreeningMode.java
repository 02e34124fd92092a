package org.evsynth.review;

/** How many reviewers must decide a record: one, or two who agree (or a third who settles their conflict). */
public enum ScreeningMode { SINGLE, DUAL }
