package org.evsynth.review;

import java.util.Locale;

/** A screening stage. */
public enum Stage {
    TITLE_ABSTRACT("title-abstract"),
    FULL_TEXT("full-text");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The word stored and used on the command line and in CSV files. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the word when it is no stage */
    public static Stage of(String id) {
        for (Stage s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown stage '%s' (expected title-abstract or full-text)", id));
    }
}
