package org.evsynth.app.web.security;

import io.javalin.security.RouteRole;
import org.evsynth.review.people.Role;

/**
 * The access rule of a route: who may call it. Every route names one (see {@code Routes}); {@link AccessRules}
 * checks it on the server before the route's handler runs.
 */
public enum Access implements RouteRole {
    /** Anyone, signed in or not: the sign-in page, the style sheet. */
    ANYONE(null),
    /** Any member: reading the review. */
    VIEWER(Role.VIEWER),
    /** Reviewers and owners: screening, extraction, risk of bias. */
    REVIEWER(Role.REVIEWER),
    /** Owners only: imports, conflicts, the protocol, people. */
    OWNER(Role.OWNER);

    private final Role minimum;

    Access(Role minimum) {
        this.minimum = minimum;
    }

    /** The least role that may pass, or null when no sign-in is needed. */
    public Role minimum() {
        return minimum;
    }

    /** Whether a member in this role may pass. */
    public boolean allows(Role role) {
        return minimum == null || role.includes(minimum);
    }
}
