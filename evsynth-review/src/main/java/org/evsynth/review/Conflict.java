package org.evsynth.review;

import java.util.List;

/**
 * Reviewers who disagree about a record at a stage under dual screening, awaiting a third person.
 *
 * @param decisions the reviewers' current decisions
 */
public record Conflict(long recordId, Stage stage, List<ScreeningDecision> decisions) {

    public Conflict {
        decisions = List.copyOf(decisions);
    }
}
