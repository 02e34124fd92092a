package org.evsynth.records.screening;

/**
 * One record's decision, as the screener learns from it: the consensus where two reviewers decided, the single
 * vote otherwise. A key paper the team knows is relevant is an {@link Label#INCLUDE} decision like any other.
 *
 * @param record the record's position (0-based) in the list the screener was built on
 * @param label  the decision
 */
public record ScreeningDecision(int record, Label label) {

    public ScreeningDecision {
        if (record < 0) {
            throw new IllegalArgumentException("record position " + record + " is negative");
        }
        if (label == null) {
            throw new IllegalArgumentException("decision on record " + record + " has no label");
        }
    }
}
