package org.evsynth.review;

import java.util.Locale;

/**
 * Where a record stands at a stage, derived from the decisions.
 *
 * @param status what the decisions add up to
 * @param reason the exclusion reason when excluded, else null
 */
public record StageOutcome(Status status, String reason) {

    /** The states of a record at one stage. */
    public enum Status {
        PENDING, CONFLICT, INCLUDED, EXCLUDED;

        /** The word stored and shown: pending, conflict, included, excluded. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    static final StageOutcome PENDING = new StageOutcome(Status.PENDING, null);
    static final StageOutcome CONFLICT = new StageOutcome(Status.CONFLICT, null);

    public boolean isFinal() {
        return status == Status.INCLUDED || status == Status.EXCLUDED;
    }

    /** "included", "excluded (wrong population)": for messages. */
    String describe() {
        return status.id() + (reason == null ? "" : " (" + reason + ")");
    }
}
