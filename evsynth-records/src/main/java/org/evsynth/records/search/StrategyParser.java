package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a line-numbered search strategy (Ovid, or PubMed tags) into a {@link Strategy}.
 *
 * <p>Every line must parse; the first that does not stops the parse with a {@link StrategyParseException}
 * naming its line number, column and construct, because running the rest would report hit counts for a strategy
 * other than the one written. Slips that Ovid forgives are read as Ovid reads them, with a note on the line.
 *
 * <p>Without a given syntax each line's syntax is told by {@link SyntaxDetector}; lines that tell nothing take the
 * syntax most lines are in. A line in an interface evsynth does not run (Cochrane Library, Embase.com, Scopus, Web
 * of Science) stops the parse with the syntax of every other line named, so a pasted line is easy to find.
 */
public final class StrategyParser {

    private static final Pattern REMOVE_DUPLICATES = Pattern.compile("(?i)\\s*remove\\s+duplicates\\s+from\\s+#?(\\S+)\\s*");

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
        Dialect main = dialects.stream().filter(d -> d == Dialect.PUBMED).count() * 2 > dialects.size()
                ? Dialect.PUBMED : Dialect.OVID;
        return new Strategy(main, lines);
    }

    private static List<Dialect> detect(List<SourceLine> sources) {
        List<SyntaxDetector.Detection> found = new ArrayList<>();
        int ovid = 0;
        int pubmed = 0;
        for (SourceLine source : sources) {
            SyntaxDetector.Detection d = SyntaxDetector.detect(source.text());
            found.add(d);
            if (d != null && d.dialect() == null) {
                throw foreign(sources, found, source, d);
            }
            ovid += d != null && d.dialect() == Dialect.OVID ? 1 : 0;
            pubmed += d != null && d.dialect() == Dialect.PUBMED ? 1 : 0;
        }
        Dialect fallback = pubmed > ovid ? Dialect.PUBMED : Dialect.OVID;
        return found.stream().map(d -> d == null ? fallback : d.dialect()).toList();
    }

    private static StrategyParseException foreign(List<SourceLine> sources, List<SyntaxDetector.Detection> found,
            SourceLine line, SyntaxDetector.Detection d) {
        List<String> ovid = new ArrayList<>();
        List<String> pubmed = new ArrayList<>();
        for (int i = 0; i < found.size() - 1; i++) {
            SyntaxDetector.Detection other = found.get(i);
            if (other != null && other.dialect() == Dialect.OVID) {
                ovid.add(sources.get(i).label());
            } else if (other != null && other.dialect() == Dialect.PUBMED) {
                pubmed.add(sources.get(i).label());
            }
        }
        StringBuilder problem = new StringBuilder(String.format(Locale.ROOT,
                "this line is in %s syntax, which evsynth does not run (it runs Ovid and PubMed syntax)",
                d.interfaceName()));
        if (!ovid.isEmpty()) {
            problem.append("; Ovid before it: line").append(ovid.size() > 1 ? "s " : " ").append(String.join(", ", ovid));
        }
        if (!pubmed.isEmpty()) {
            problem.append("; PubMed before it: line").append(pubmed.size() > 1 ? "s " : " ")
                    .append(String.join(", ", pubmed));
        }
        return new StrategyParseException(line.number(), d.column(), d.evidence(), problem.toString());
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
        LineParser.Parsed parsed = LineParser.parse(source.text(), source.number(), source.label(), dialect, earlier);
        return new StrategyLine(source, dialect, parsed.node(), parsed.notes());
    }
}
