package org.evsynth.records.search.translate;

import java.util.List;
import org.evsynth.records.search.Dialect;

/**
 * A strategy written in another interface's syntax.
 *
 * @param target the interface it is written for
 * @param source the syntax it was read in
 * @param lines  one per source line, in order
 */
public record Translation(TargetInterface target, Dialect source, List<TranslatedLine> lines) {

    public Translation {
        lines = List.copyOf(lines);
    }

    /**
     * The strategy as text: one numbered line per search, each comment on its own line after it, starting with
     * {@code //} (which evsynth's strategy reader skips, so the text reads back as the strategy it is).
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(target.title()).append(" translation by evsynth of a strategy in ")
                .append(source.title()).append(" syntax; field codes from Polyglot v4 (IEBH/sra-polyglot)\n");
        for (TranslatedLine line : lines) {
            out.append(line.label()).append('\t').append(line.text()).append('\n');
            for (String comment : line.comments()) {
                out.append("// line ").append(line.number()).append(", not exact: ").append(comment).append('\n');
            }
        }
        return out.toString();
    }
}
