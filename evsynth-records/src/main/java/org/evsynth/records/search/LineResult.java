package org.evsynth.records.search;

import java.util.List;

/**
 * The outcome of one strategy line: the row of a NICE-style search table.
 *
 * @param number       1-based position of the line
 * @param label        how the strategy refers to the line
 * @param text         the search as written
 * @param hits         records the line retrieved; null when nothing in the line could be evaluated on these
 *                     records ({@link LineStatus#NOT_EVALUATED})
 * @param reportedHits the count printed beside the line in the source strategy (in the source database), or null
 * @param notes        slips forgiven, approximations and parts not evaluated, each saying what it did instead
 * @param status       how far {@code hits} is what the source interface would count on these records
 * @param syntax       the syntax the line was read in
 */
public record LineResult(int number, String label, String text, Integer hits, Integer reportedHits,
        List<LineNote> notes, LineStatus status, Dialect syntax) {

    public LineResult {
        notes = List.copyOf(notes);
    }
}
