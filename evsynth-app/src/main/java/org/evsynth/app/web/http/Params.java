package org.evsynth.app.web.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.evsynth.review.Decision;
import org.evsynth.review.Stage;

/**
 * The values of query parameters, form fields and JSON fields, read into their types; a value that does not fit is
 * refused with 400 naming the field (never repeating the value, which could be anything).
 */
public final class Params {

    private Params() {
    }

    /** A whole number that must be there. */
    public static long requiredLong(String value, String field) {
        Long n = optionalLong(value, field);
        if (n == null) {
            throw HttpError.badRequest("field '" + field + "' is required");
        }
        return n;
    }

    /** A whole number, or null when the field is absent or empty. */
    public static Long optionalLong(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("field '" + field + "' must be a whole number");
        }
    }

    /** A stage's word (title-abstract, full-text), or the fallback when absent; null fallback: required. */
    public static Stage stage(String value, String field, Stage fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw HttpError.badRequest("field '" + field + "' is required (title-abstract or full-text)");
            }
            return fallback;
        }
        try {
            return Stage.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("field '" + field + "' must be title-abstract or full-text");
        }
    }

    /** A reviewer's vote: include, exclude or maybe (an undo is a request of its own). */
    public static Decision vote(String value, String field) {
        Decision d = null;
        try {
            d = value == null ? null : Decision.of(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // refused below, with the words expected
        }
        if (d == null || d == Decision.WITHDRAWN) {
            throw HttpError.badRequest("field '" + field + "' must be include, exclude or maybe");
        }
        return d;
    }

    /** A settlement of a conflict: include or exclude. */
    public static Decision settlement(String value, String field) {
        Decision d = vote(value, field);
        if (d == Decision.MAYBE) {
            throw HttpError.badRequest("field '" + field + "' must be include or exclude: a conflict is settled");
        }
        return d;
    }

    /** A day as YYYY-MM-DD, or null when absent or empty. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("field '" + field + "' must be a date as YYYY-MM-DD");
        }
    }

    /** Text, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
