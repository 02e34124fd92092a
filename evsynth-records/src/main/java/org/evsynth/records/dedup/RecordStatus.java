package org.evsynth.records.dedup;

/** A record's state after deduplication. */
public enum RecordStatus {
    /** Kept: alone, or the first record of its group. */
    UNIQUE,
    /** Merged automatically into the group of an earlier record. */
    DUPLICATE,
    /** Kept for now, in a pair awaiting a person's decision. */
    REVIEW
}
