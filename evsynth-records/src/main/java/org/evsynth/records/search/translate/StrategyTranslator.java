package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.search.Strategy;
import org.evsynth.records.search.StrategyLine;

/**
 * Writes a parsed strategy in another interface's syntax, line by line, with a comment on every line whose
 * translation is not exact. The strategy is parsed first, so what is translated is what evsynth runs: a strategy
 * that does not parse is refused before any line is written.
 */
public final class StrategyTranslator {

    private StrategyTranslator() {
    }

    /** The strategy in the target's syntax. */
    public static Translation translate(Strategy strategy, TargetInterface target) {
        SyntaxWriter writer = writer(target);
        List<TranslatedLine> lines = new ArrayList<>();
        for (StrategyLine line : strategy.lines()) {
            lines.add(writer.line(line.number(), line.label(), line.text(), line.search()));
        }
        return new Translation(target, strategy.dialect(), lines);
    }

    private static SyntaxWriter writer(TargetInterface target) {
        switch (target) {
            case PUBMED:
                return new PubMedWriter();
            case COCHRANE_LIBRARY:
                return new CochraneWriter();
            case SCOPUS:
                return new ScopusWriter();
            case WOS:
                return new WosWriter();
            default:
                return new OvidWriter(target);
        }
    }
}
