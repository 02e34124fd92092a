package org.evsynth.records.search;

import java.util.List;

/**
 * A strategy run against a set of records.
 *
 * @param lines     one result per line, in order
 * @param finalHits records retrieved by the last line
 * @param matches   those records, in the order they were given
 */
public record StrategyResult(List<LineResult> lines, int finalHits, List<SearchDocument> matches) {

    public StrategyResult {
        lines = List.copyOf(lines);
        matches = List.copyOf(matches);
    }
}
