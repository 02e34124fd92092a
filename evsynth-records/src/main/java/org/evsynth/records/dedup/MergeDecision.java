package org.evsynth.records.dedup;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the deduplication decision log. Groups are whatever the MERGE entries not cancelled by a
 * later UNDO join together, so the log can be replayed and any merge undone without deleting a record.
 *
 * @param id        1-based sequence number in the log
 * @param action    what was decided
 * @param records   0-based indexes of the records concerned, into the deduplicated list
 * @param rule      the stage-one rule ("same-doi", ...) or "reviewer" for a person's decision
 * @param decidedBy "evsynth" for automatic decisions, or the person's name
 * @param at        when
 * @param undoes    for UNDO, the ids of the merges it cancels; empty otherwise
 */
public record MergeDecision(int id, Action action, List<Integer> records, String rule, String decidedBy,
        Instant at, List<Integer> undoes) {

    /** What a decision did. */
    public enum Action { MERGE, UNDO, REJECT }

    public MergeDecision {
        records = List.copyOf(records);
        undoes = List.copyOf(undoes);
    }
}
