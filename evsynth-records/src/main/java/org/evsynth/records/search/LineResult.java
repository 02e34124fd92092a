package org.evsynth.records.search;

import java.util.List;

/**
 * The outcome of one strategy line: the row of a NICE-style search table.
 *
 * @param number       1-based position of the line
 * @param label        how the strategy refers to the line
 * @param text         the search as written
 * @param hits         records the line retrieved
 * @param reportedHits the count printed beside the line in the source strategy (in the source database), or null
 * @param notes        where the records could not answer the line as the source interface would
 */
public record LineResult(int number, String label, String text, int hits, Integer reportedHits, List<String> notes) {

    public LineResult {
        notes = List.copyOf(notes);
    }
}
