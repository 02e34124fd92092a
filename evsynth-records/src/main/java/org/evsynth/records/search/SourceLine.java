package org.evsynth.records.search;

/**
 * One search line as laid out in the strategy text, before its search is parsed.
 *
 * @param number       1-based position among the strategy's searches
 * @param label        how other lines refer to it: the line number, or "1a", "A", "Final search" in labelled
 *                     PubMed layouts
 * @param text         the search text, without line number and hit count
 * @param reportedHits the hit count printed beside the line in the source, or null when none was given
 */
public record SourceLine(int number, String label, String text, Integer reportedHits) {
}
