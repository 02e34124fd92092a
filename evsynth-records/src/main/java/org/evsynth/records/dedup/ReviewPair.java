package org.evsynth.records.dedup;

import java.util.List;

/**
 * Two records that are probably the same publication, for a person to decide.
 *
 * @param a        0-based index of the first record (the kept record of its group)
 * @param b        0-based index of the second
 * @param score    the {@link PairScore#score()}
 * @param agree    fields that agree
 * @param disagree fields that disagree
 */
public record ReviewPair(int a, int b, double score, List<String> agree, List<String> disagree) {

    public ReviewPair {
        agree = List.copyOf(agree);
        disagree = List.copyOf(disagree);
    }
}
