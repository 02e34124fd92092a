package org.evsynth.app.web.http;

import org.evsynth.review.people.PeopleException;

/** The HTTP status of a refused change to the review's people. */
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
}
