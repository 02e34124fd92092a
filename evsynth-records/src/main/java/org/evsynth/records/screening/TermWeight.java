package org.evsynth.records.screening;

/**
 * One reason a record ranks where it does: a word (or pair of words) of the record and how much it adds to the
 * record's score.
 *
 * @param term         the words as written in the records
 * @param contribution the feature's weight times its TF-IDF value in this record
 */
public record TermWeight(String term, double contribution) {
}
