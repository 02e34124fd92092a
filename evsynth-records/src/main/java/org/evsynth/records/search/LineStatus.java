package org.evsynth.records.search;

import java.util.Collection;
import java.util.Locale;

/**
 * How far a line's hit count is the count the source database would give on the same records.
 *
 * <p>Ordered from best to worst; a line that refers to another takes the worse of its own status and theirs,
 * because a count built on an approximate count is approximate too.
 */
public enum LineStatus {
    /** Ran as the source interface runs it. */
    EVALUATED,
    /** Ran with a stated difference (for example {@code exp} without a MeSH tree). */
    APPROXIMATED,
    /** Ran, but a part could not be checked on these records and was passed over, as the notes say. */
    PARTLY_EVALUATED,
    /** Nothing in the line could be checked on these records: no hit count. */
    NOT_EVALUATED;

    /** The word used in JSON and text output: {@code evaluated}, {@code partly evaluated}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The worse of two statuses. */
    public LineStatus worse(LineStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The status the notes of a line imply on their own, before the lines it refers to are counted. */
    static LineStatus of(Collection<LineNote> notes) {
        LineStatus status = EVALUATED;
        for (LineNote note : notes) {
            if (note.kind() == LineNote.Kind.APPROXIMATED) {
                status = status.worse(APPROXIMATED);
            } else if (note.kind() == LineNote.Kind.NOT_EVALUATED) {
                status = status.worse(PARTLY_EVALUATED);
            }
        }
        return status;
    }
}
