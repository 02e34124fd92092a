package org.evsynth.stats.effect;

import java.util.Locale;

/** Argument checks whose messages name the field, the value and the study. */
final class Checks {

    private Checks() {
    }

    static void label(String study) {
        if (study == null || study.isBlank()) {
            throw new InvalidStudyDataException("study", "study label is empty");
        }
    }

    static void finite(String study, String field, double value) {
        if (!Double.isFinite(value)) {
            throw fail(study, field, value, "is not a finite number");
        }
    }

    static void count(String study, String field, double value) {
        finite(study, field, value);
        if (value < 0) {
            throw fail(study, field, value, "is negative");
        }
    }

    static void positive(String study, String field, double value) {
        finite(study, field, value);
        if (value <= 0) {
            throw fail(study, field, value, "must be positive");
        }
    }

    static void atLeastOne(String study, String field, double value) {
        finite(study, field, value);
        if (value < 1) {
            throw fail(study, field, value, "must be at least 1");
        }
    }

    static void notAbove(String study, String field, double value, String limitField, double limit) {
        if (value > limit) {
            throw new InvalidStudyDataException(field, String.format(Locale.ROOT,
                    "%s (%s) exceeds %s (%s) in study '%s'", field, show(value), limitField, show(limit), study));
        }
    }

    private static InvalidStudyDataException fail(String study, String field, double value, String what) {
        return new InvalidStudyDataException(field, String.format(Locale.ROOT,
                "%s (%s) %s in study '%s'", field, show(value), what, study));
    }

    /** A number as a person wrote it: 40 rather than 40.0. */
    static String show(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
