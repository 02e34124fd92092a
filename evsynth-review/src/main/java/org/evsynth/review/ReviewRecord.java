package org.evsynth.review;

import org.evsynth.records.BibRecord;

/**
 * A record as the review holds it.
 *
 * @param id       the review's id for the record
 * @param searchId the search it was imported in
 * @param position its 1-based position in the imported file
 * @param record   its fields
 */
public record ReviewRecord(long id, long searchId, int position, BibRecord record) {
}
