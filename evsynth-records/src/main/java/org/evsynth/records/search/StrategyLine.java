package org.evsynth.records.search;

import java.util.List;

/**
 * One parsed line of a strategy.
 *
 * @param source  the line as laid out in the strategy text
 * @param dialect the syntax the line was read in
 * @param search  what the line searches for
 * @param notes   how the line was read where that may differ from the source interface
 */
public record StrategyLine(SourceLine source, Dialect dialect, SearchNode search, List<LineNote> notes) {

    public StrategyLine {
        notes = List.copyOf(notes);
    }

    public int number() {
        return source.number();
    }

    public String label() {
        return source.label();
    }

    public String text() {
        return source.text();
    }
}
