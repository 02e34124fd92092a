package org.evsynth.review;

import java.util.Locale;

/** What a search searched: a bibliographic database or a trial register, which PRISMA 2020 counts apart. */
public enum SourceKind {
    DATABASE,
    REGISTER;

    /** The word stored: database or register. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind stored; null (searches imported before registers were told apart) means a database. */
    static SourceKind of(String id) {
        return "register".equals(id) ? REGISTER : DATABASE;
    }
}
