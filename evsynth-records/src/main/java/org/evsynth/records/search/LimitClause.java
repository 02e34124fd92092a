package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.search.SearchNode.Limit;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.LineRef;

/**
 * Reads Ovid's {@code limit N to ...} command.
 *
 * <p>Supported limits are those imported records can answer: {@code humans} and {@code animals} (the MEDLINE
 * check tags, i.e. the headings Humans and Animals), a language ({@code english}, {@code english language},
 * {@code french language}, ...), a publication year range ({@code yr="2000-2015"}, {@code yr="2000 -Current"})
 * and publication types. Several criteria may be joined with {@code and}, in parentheses or not. Anything else
 * (e.g. {@code last 5 years}, {@code full text}, age groups) is refused with the limit named.
 */
final class LimitClause {

    private static final Pattern LIMIT = Pattern.compile("(?i)\\s*limit\\s+(\\S+)\\s+to\\s+(.+?)\\s*");
    private static final Pattern YEARS =
            Pattern.compile("(?i)yr\\s*=\\s*\"?\\s*(\\d{4})\\s*(?:-\\s*(\\d{4}|current)\\s*)?\"?");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)([a-z]+)(?:\\s+language)?");
    private static final Set<String> LANGUAGES = Set.of("english", "french", "german", "spanish", "italian",
            "japanese", "chinese", "russian", "portuguese", "dutch", "polish", "swedish", "danish", "norwegian");
    private static final Set<String> PUBLICATION_TYPES = Set.of("randomized controlled trial", "clinical trial",
            "controlled clinical trial", "meta analysis", "systematic review", "review", "case reports",
            "comparative study", "editorial", "letter", "comment", "guideline", "practice guideline",
            "observational study", "multicenter study", "evaluation studies", "validation studies");
    private static final int OPEN_END = 9999;

    private LimitClause() {
    }

    /** The limit on the line, or empty when the line is not a limit command. */
    static Optional<Limit> parse(String text, int lineNumber, Set<String> knownLabels) {
        Matcher m = LIMIT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1);
        if (!knownLabels.contains(label)) {
            throw new StrategyParseException(lineNumber, m.start(1) + 1, label,
                    "limit refers to a line that does not come before this one");
        }
        String criteria = m.group(2).replaceAll("^\\(|\\)$", "").trim();
        List<LimitCriterion> parsed = new ArrayList<>();
        for (String part : criteria.split("(?i)\\s+and\\s+")) {
            parsed.add(criterion(part.trim(), lineNumber, text.indexOf(part) + 1));
        }
        return Optional.of(new Limit(new LineRef(label), parsed));
    }

    private static LimitCriterion criterion(String part, int lineNumber, int column) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.equals("humans") || lower.equals("human")) {
            return new LimitCriterion.Humans();
        }
        if (lower.equals("animals") || lower.equals("animal")) {
            return new LimitCriterion.Animals();
        }
        Matcher years = YEARS.matcher(part);
        if (years.matches()) {
            int from = Integer.parseInt(years.group(1));
            String end = years.group(2);
            int to = end == null ? from : end.equalsIgnoreCase("current") ? OPEN_END : Integer.parseInt(end);
            return new LimitCriterion.YearRange(from, to);
        }
        Matcher language = LANGUAGE.matcher(part);
        if (language.matches() && LANGUAGES.contains(language.group(1).toLowerCase(Locale.ROOT))) {
            return new LimitCriterion.Language(language.group(1).toLowerCase(Locale.ROOT));
        }
        String type = TextNormalizer.phrase(part);
        if (PUBLICATION_TYPES.contains(type)) {
            return new LimitCriterion.PublicationType(type);
        }
        throw new StrategyParseException(lineNumber, Math.max(column, 1), part,
                "unsupported limit (supported: humans, animals, <language> language, yr=\"YYYY-YYYY\", "
                        + "publication types)");
    }
}
