package org.evsynth.review;

import java.util.List;

/**
 * Where one record stands in the review, for listings of the whole review by its owner (not for screening: it holds
 * every reviewer's decisions).
 *
 * @param id            the record's id
 * @param source        the source of the search it was imported in
 * @param duplicateOf   the record kept in its duplicate group when it was merged into one, else null
 * @param titleAbstract its outcome at title and abstract, null for a duplicate
 * @param fullText      its outcome at full text, null when it never reached that stage
 * @param notRetrieved  whether its full text was sought but not retrieved
 * @param study         the study it is a report of, or null
 * @param decisions     every reviewer's current decision on it, title and abstract first
 */
public record RecordState(long id, String source, Long duplicateOf, StageOutcome titleAbstract,
        StageOutcome fullText, boolean notRetrieved, Long study, List<ScreeningDecision> decisions) {

    public RecordState {
        decisions = List.copyOf(decisions);
    }
}
