package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a line-numbered search strategy (Ovid MEDLINE, or PubMed tags) into a {@link Strategy}.
 *
 * <p>Every line must parse; the first that does not stops the parse with a {@link StrategyParseException}
 * naming its line number, column and construct, because running the rest would report hit counts for a strategy
 * other than the one written.
 */
public final class StrategyParser {

    private StrategyParser() {
    }

    /** Parses the whole strategy text (layout per {@link StrategyLayout}, dialect per {@link Dialect#detect}). */
    public static Strategy parse(String text) {
        return parse(text, Dialect.detect(text));
    }

    /** Parses the strategy text in a given dialect. */
    public static Strategy parse(String text, Dialect dialect) {
        List<SourceLine> sources = StrategyLayout.lines(text);
        if (sources.isEmpty()) {
            throw new StrategyParseException(1, 1, "", "the strategy has no search lines");
        }
        Set<String> labels = new HashSet<>();
        List<StrategyLine> lines = new ArrayList<>();
        for (SourceLine source : sources) {
            lines.add(parseLine(source, dialect, labels));
            labels.add(source.label());
        }
        return new Strategy(dialect, lines);
    }

    private static StrategyLine parseLine(SourceLine source, Dialect dialect, Set<String> earlier) {
        Optional<SearchNode.Limit> limit = LimitClause.parse(source.text(), source.number(), earlier);
        if (limit.isPresent()) {
            return new StrategyLine(source, limit.get(), List.of());
        }
        LineParser.Parsed parsed = LineParser.parse(source.text(), source.number(), dialect, earlier);
        return new StrategyLine(source, parsed.node(), parsed.notes());
    }
}
