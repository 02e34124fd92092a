package org.evsynth.records.dedup;

import java.util.List;

/**
 * How alike two records are.
 *
 * @param score    weighted mean of the field similarities, in [0, 1]
 * @param agree    fields that agree (similarity at least 0.9), e.g. "title", "year"
 * @param disagree fields present in both that disagree (similarity below 0.6), and "kind" when one is, say,
 *                 a conference abstract and the other an article
 */
public record PairScore(double score, List<String> agree, List<String> disagree) {

    public PairScore {
        agree = List.copyOf(agree);
        disagree = List.copyOf(disagree);
    }
}
