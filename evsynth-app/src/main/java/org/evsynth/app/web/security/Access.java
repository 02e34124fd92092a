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
    /** Owners only: imports, the protocol, people, the audit log. */
    OWNER(Role.OWNER),
    /** The owner, and reviewers the protocol names as arbiters ({@code screening.arbiter}): the conflicts. */
    ARBITER(Role.REVIEWER);

    private final Role minimum;

    Access(Role minimum) {
        this.minimum = minimum;
    }

    /** The least role that may pass, or null when no sign-in is needed. */
    public Role minimum() {
        return minimum;
    }

    /** Whether a member in this role, not named as an arbiter, may pass. */
    public boolean allows(Role role) {
        return allows(role, false);
    }

    /** Whether a member in this role may pass, named as an arbiter in the protocol or not. */
    public boolean allows(Role role, boolean arbiter) {
        if (this == ARBITER) {
            return role == Role.OWNER || arbiter && role.includes(Role.REVIEWER);
        }
        return minimum == null || role.includes(minimum);
    }

    /** Who may pass, for a refusal's message. */
    String who() {
        return switch (this) {
            case OWNER -> "the owner";
            case ARBITER -> "the owner or an arbiter the protocol names (screening.arbiter)";
            default -> "a " + minimum.id() + " or the owner";
        };
    }
}
