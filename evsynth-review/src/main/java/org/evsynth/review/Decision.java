package org.evsynth.review;

import java.util.Locale;

/** A reviewer's screening decision; {@link #WITHDRAWN} takes back the reviewer's earlier decision (undo). */
public enum Decision {
    INCLUDE,
    EXCLUDE,
    MAYBE,
    WITHDRAWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the word when it is no decision */
    public static Decision of(String id) {
        for (Decision d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown decision '%s' (expected include, exclude, maybe or withdrawn)", id));
    }
}
