package org.evsynth.app.web.http;

import org.evsynth.review.InvalidInputException;
import org.evsynth.review.RefusedException;
import org.evsynth.review.ReviewException;
import org.evsynth.review.UnknownEntityException;
import org.evsynth.review.people.PeopleException;

/** The HTTP status of a refused change to the review or its people, and its message as a person reads it. */
public final class Problems {

    private Problems() {
    }

    public static int status(PeopleException e) {
        return switch (e.problem()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    /** 400 for bad input, 404 for no such thing, 409 for what the review's state forbids. */
    public static int status(ReviewException e) {
        if (e instanceof UnknownEntityException) {
            return 404;
        }
        if (e instanceof RefusedException) {
            return 409;
        }
        return e instanceof InvalidInputException ? 400 : 500;
    }

    /**
     * The message without the review's location ("review /srv/rev/review.db: no study 4" is "no study 4"): the
     * browser has no business knowing where the server keeps the review.
     */
    public static String message(ReviewException e, String location) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String prefix = "review " + location + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
