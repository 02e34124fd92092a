package org.evsynth.review;

import java.util.List;

/**
 * A record sought for retrieval (included at title and abstract), as a reviewer may see it at the full-text stage.
 *
 * @param record       the record
 * @param outcome      its outcome at full text (pending, conflict, included, excluded with the reason), or null
 *                     when its full text was not retrieved
 * @param notRetrieved whether its full text was sought and not obtained
 * @param study        the study it is a report of, or null
 * @param decisions    the full-text decisions the viewer may see: their own, and the other reviewers' once the viewer
 *                     has decided the record too (blinding)
 * @param attachments  its full texts, oldest first
 */
public record FullTextReport(ReviewRecord record, StageOutcome outcome, boolean notRetrieved, Long study,
        List<ScreeningDecision> decisions, List<Attachment> attachments) {

    public FullTextReport {
        decisions = List.copyOf(decisions);
        attachments = List.copyOf(attachments);
    }

    public long id() {
        return record.id();
    }

    /** The reviewer's current decision, or null. */
    public ScreeningDecision decisionOf(String reviewer) {
        return decisions.stream().filter(d -> d.reviewer().equals(reviewer)).findFirst().orElse(null);
    }
}
