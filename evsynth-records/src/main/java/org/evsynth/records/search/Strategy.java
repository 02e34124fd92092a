package org.evsynth.records.search;

import java.util.List;

/**
 * A parsed search strategy: its lines in order; the last line is the final search.
 *
 * @param dialect the interface most of it was written for (each line says its own)
 * @param lines   its search lines
 */
public record Strategy(Dialect dialect, List<StrategyLine> lines) {

    public Strategy {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a strategy needs at least one search line");
        }
    }

    /** True when its lines are in more than one syntax (an Ovid strategy with a PubMed line pasted in). */
    public boolean mixed() {
        return lines.stream().map(StrategyLine::dialect).distinct().count() > 1;
    }
}
