package org.evsynth.records.search;

import java.util.List;

/**
 * A parsed search strategy: its lines in order; the last line is the final search.
 *
 * @param dialect the interface it was written for
 * @param lines   its search lines
 */
public record Strategy(Dialect dialect, List<StrategyLine> lines) {

    public Strategy {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a strategy needs at least one search line");
        }
    }
}
