package org.evsynth.records.search;

import java.util.Objects;

/**
 * Something a reader of the search table must know about one line: a slip Ovid forgives that was read the way Ovid
 * reads it, a place where the records made the line run differently from the source database, or a part of the
 * line that the records cannot answer at all.
 *
 * @param kind    what sort of note
 * @param message the note, naming the construct
 */
public record LineNote(Kind kind, String message) {

    /** The sorts of note, from harmless to the one that changes what a hit count means. */
    public enum Kind {
        /** A typing slip accepted as Ovid accepts it ({@code .ab,.}, {@code . tw.}): a warning on the line. */
        FORGIVEN,
        /** How the line was read, where that helps a reader (an entry term resolved, a filter's string). */
        INFO,
        /** The line ran, but differently from the source database in a stated way (no MeSH tree to explode). */
        APPROXIMATED,
        /** Part of the line could not be checked on these records; what it does instead is said. */
        NOT_EVALUATED
    }

    public LineNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    static LineNote forgiven(String message) {
        return new LineNote(Kind.FORGIVEN, message);
    }

    static LineNote approximated(String message) {
        return new LineNote(Kind.APPROXIMATED, message);
    }

    static LineNote notEvaluated(String message) {
        return new LineNote(Kind.NOT_EVALUATED, message);
    }
}
