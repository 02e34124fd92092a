package org.evsynth.review;

import java.util.List;

/**
 * Two records that may be one publication, awaiting a person's decision.
 *
 * @param id       the pair's id, used to resolve it
 * @param recordA  the earlier record
 * @param recordB  the later record
 * @param score    the deduplicator's score
 * @param agree    fields that agree
 * @param disagree fields that disagree
 */
public record QueuedPair(long id, long recordA, long recordB, double score, List<String> agree,
        List<String> disagree) {

    public QueuedPair {
        agree = List.copyOf(agree);
        disagree = List.copyOf(disagree);
    }
}
