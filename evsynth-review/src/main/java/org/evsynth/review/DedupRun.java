package org.evsynth.review;

/**
 * What applying stage one of deduplication did.
 *
 * @param merged      records merged into an earlier record's group now
 * @param queued      pairs added to the review queue now
 * @param openPairs   pairs awaiting a person after this run
 */
public record DedupRun(int merged, int queued, int openPairs) {
}
