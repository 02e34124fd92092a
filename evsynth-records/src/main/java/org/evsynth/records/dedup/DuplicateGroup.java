package org.evsynth.records.dedup;

import java.util.List;

/**
 * Records taken to be one publication.
 *
 * @param id        1-based index of the group's first record in the deduplicated list; stable across runs
 *                  on the same input
 * @param members   0-based record indexes, ascending; the first is the record kept
 * @param records   where each member came from, in the same order
 * @param decisions the merge decisions that joined the group: rule, who, when
 */
public record DuplicateGroup(int id, List<Integer> members, List<MergedRecord> records, List<MergeDecision> decisions) {

    public DuplicateGroup {
        members = List.copyOf(members);
        records = List.copyOf(records);
        decisions = List.copyOf(decisions);
    }

    /** The index of the record kept for the group. */
    public int kept() {
        return members.get(0);
    }
}
