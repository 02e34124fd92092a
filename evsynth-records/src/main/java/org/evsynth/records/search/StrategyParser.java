package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a line-numbered search strategy (Ovid, PubMed, the Cochrane Library's search manager or Embase.com) into a
 * {@link Strategy}.
 *
 * <p>Every line must parse; the first that does not stops the parse with a {@link StrategyParseException}
 * naming its line number, column and construct, because running the rest would report hit counts for a strategy
 * other than the one written. Slips that Ovid forgives are read as Ovid reads them, with a note on the line.
 *
 * <p>Without a given syntax each line's syntax is told by {@link SyntaxDetector}; lines that tell nothing take the
 * syntax most lines are in, and a line whose colon fields could be either the Cochrane Library's or Embase.com's
 * takes the one the other lines show. A line in an interface evsynth does not run (Scopus, Web of Science) stops the
 * parse with the syntax of every other line named, so a pasted line is easy to find.
 */
public final class StrategyParser {

    /** Ovid's {@code remove duplicates from 5} and its short form {@code ..dedup 5}. */
    private static final Pattern REMOVE_DUPLICATES =
            Pattern.compile("(?i)\\s*(?:remove\\s+duplicates\\s+from|\\.\\.\\s*dedup)\\s+#?(\\S+)\\s*");

    private StrategyParser() {
    }

    /** Parses the whole strategy text (layout per {@link StrategyLayout}, syntax per line). */
    public static Strategy parse(String text) {
        return parse(text, Optional.empty());
    }

    /** Parses the strategy text in a given dialect, every line. */
    public static Strategy parse(String text, Dialect dialect) {
        return parse(text, Optional.of(dialect));
    }

    /** Parses the strategy text, in the given dialect or, when empty, in the syntax each line is written in. */
    public static Strategy parse(String text, Optional<Dialect> given) {
        List<SourceLine> sources = StrategyLayout.lines(text);
        if (sources.isEmpty()) {
            throw new StrategyParseException(1, 1, "", "the strategy has no search lines");
        }
        List<Dialect> dialects = given.isPresent() ? sources.stream().map(s -> given.get()).toList()
                : detect(sources);
        Set<String> labels = new HashSet<>();
        List<StrategyLine> lines = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            lines.add(parseLine(sources.get(i), dialects.get(i), labels));
            labels.add(sources.get(i).label());
        }
        return new Strategy(mostCommon(dialects), lines);
    }

    private static List<Dialect> detect(List<SourceLine> sources) {
        List<SyntaxDetector.Detection> found = new ArrayList<>();
        Map<Dialect, Integer> counts = new EnumMap<>(Dialect.class);
        int colonFamily = 0;
        for (SourceLine source : sources) {
            SyntaxDetector.Detection d = SyntaxDetector.detect(source.text());
            found.add(d);
            if (d != null && d.dialect() == null) {
                throw foreign(sources, found, source, d);
            }
            if (d != null && d.colonFamily()) {
                colonFamily++;
            } else if (d != null) {
                counts.merge(d.dialect(), 1, Integer::sum);
            }
        }
        Dialect colon = counts.getOrDefault(Dialect.EMBASE_COM, 0) > counts.getOrDefault(Dialect.COCHRANE, 0)
                ? Dialect.EMBASE_COM : Dialect.COCHRANE;
        counts.merge(colon, colonFamily, Integer::sum);
        Dialect fallback = Dialect.OVID;
        for (Dialect d : Dialect.values()) {
            if (counts.getOrDefault(d, 0) > counts.getOrDefault(fallback, 0)) {
                fallback = d;
            }
        }
        Dialect neutral = fallback;
        return found.stream().map(d -> d == null ? neutral : d.colonFamily() ? colon : d.dialect()).toList();
    }

    private static StrategyParseException foreign(List<SourceLine> sources, List<SyntaxDetector.Detection> found,
            SourceLine line, SyntaxDetector.Detection d) {
        Map<Dialect, List<String>> before = new EnumMap<>(Dialect.class);
        for (int i = 0; i < found.size() - 1; i++) {
            SyntaxDetector.Detection other = found.get(i);
            if (other != null && other.dialect() != null) {
                before.computeIfAbsent(other.dialect(), k -> new ArrayList<>()).add(sources.get(i).label());
            }
        }
        StringBuilder problem = new StringBuilder(String.format(Locale.ROOT,
                "this line is in %s syntax, which evsynth does not run (it runs Ovid, PubMed, Cochrane Library and "
                        + "Embase.com syntax)", d.interfaceName()));
        before.forEach((dialect, labels) -> problem.append("; ").append(dialect.title()).append(" before it: line")
                .append(labels.size() > 1 ? "s " : " ").append(String.join(", ", labels)));
        return new StrategyParseException(line.number(), d.column(), d.evidence(), problem.toString());
    }

    /** The dialect most lines are in (Ovid on a tie with it, as most published strategies are Ovid). */
    private static Dialect mostCommon(List<Dialect> dialects) {
        Map<Dialect, Long> counts = new EnumMap<>(Dialect.class);
        dialects.forEach(d -> counts.merge(d, 1L, Long::sum));
        Dialect main = Dialect.OVID;
        for (Dialect d : Dialect.values()) {
            if (counts.getOrDefault(d, 0L) > counts.getOrDefault(main, 0L)) {
                main = d;
            }
        }
        return main;
    }

    private static StrategyLine parseLine(SourceLine source, Dialect dialect, Set<String> earlier) {
        Matcher duplicates = REMOVE_DUPLICATES.matcher(source.text());
        if (duplicates.matches() && earlier.contains(duplicates.group(1))) {
            return new StrategyLine(source, dialect, new SearchNode.LineRef(duplicates.group(1)),
                    List.of(new LineNote(LineNote.Kind.INFO, "duplicates are removed by 'evsynth dedup', not by "
                            + "the strategy: this line keeps the records of line " + duplicates.group(1))));
        }
        if (dialect == Dialect.OVID) {
            Optional<SearchNode.Limit> limit = LimitClause.parse(source.text(), source.number(), earlier);
            if (limit.isPresent()) {
                return new StrategyLine(source, dialect, limit.get(), List.of());
            }
        }
        LineParser.Parsed parsed = dialect.colonFields()
                ? ColonFieldParser.parse(source.text(), source.number(), source.label(), dialect, earlier)
                : LineParser.parse(source.text(), source.number(), source.label(), dialect, earlier);
        return new StrategyLine(source, dialect, parsed.node(), parsed.notes());
    }
}
