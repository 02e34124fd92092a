package org.evsynth.review.people;

import org.evsynth.review.ReviewException;

/** A change to the review's people that was refused, with the kind of problem, so a shell can answer in kind. */
public final class PeopleException extends ReviewException {

    private static final long serialVersionUID = 1L;

    /** Why a change was refused. */
    public enum Problem {
        /** A name, role, password or label that is not acceptable. */
        INVALID,
        /** No such member or token. */
        NOT_FOUND,
        /** The change conflicts with the review's people as they are (a name taken, the last owner). */
        CONFLICT
    }

    private final Problem problem;

    PeopleException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
