package org.evsynth.review.people;

import java.util.Locale;

/**
 * What a member may do in a review, from least to most: a viewer reads; a reviewer also screens, extracts and
 * assesses; the owner also imports, settles conflicts, edits the protocol and manages people. Each role includes
 * the ones before it.
 */
public enum Role {
    VIEWER("viewer"),
    REVIEWER("reviewer"),
    OWNER("owner");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The word stored, typed on the command line and sent in JSON. */
    public String id() {
        return id;
    }

    /** Whether this role includes everything the other may do. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** @throws IllegalArgumentException naming the word when it is no role */
    public static Role of(String id) {
        for (Role r : values()) {
            if (r.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown role '%s' (expected owner, reviewer or viewer)", id));
    }
}
