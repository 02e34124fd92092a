package org.evsynth.review;

/**
 * Where a record stands at a stage, derived from the decisions.
 *
 * @param status what the decisions add up to
 * @param reason the exclusion reason when excluded, else null
 */
public record Outcome(Status status, String reason) {

    /** The states of a record at one stage. */
    public enum Status { PENDING, CONFLICT, INCLUDED, EXCLUDED }

    static final Outcome PENDING = new Outcome(Status.PENDING, null);
    static final Outcome CONFLICT = new Outcome(Status.CONFLICT, null);

    public boolean isFinal() {
        return status == Status.INCLUDED || status == Status.EXCLUDED;
    }
}
