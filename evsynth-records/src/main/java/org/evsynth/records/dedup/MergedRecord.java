package org.evsynth.records.dedup;

/**
 * Provenance of one record in a group: where it came from.
 *
 * @param file           the file it was read from
 * @param position       1-based position in that file
 * @param sourceDatabase the database it came from, or null when unknown
 */
public record MergedRecord(String file, int position, String sourceDatabase) {
}
