package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.search.SearchNode;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;
import org.evsynth.records.search.Subheadings;

/**
 * PubMed syntax: every term carries its tag ({@code "heart failure"[tiab]}), headings are {@code [mh]} (exploded)
 * or {@code [mh:noexp]}, {@code [majr]} for a starred heading, a subheading by its name
 * ({@code Heart Failure/drug therapy[mh]}), lines as {@code #3}. Ovid's {@code adjN} becomes PubMed's proximity
 * {@code "a b"[tiab:~N-1]} where PubMed allows it: two plain words in title or abstract; elsewhere the words are
 * joined with AND, and the line says so.
 */
final class PubMedWriter extends SyntaxWriter {

    PubMedWriter() {
        super(TargetInterface.PUBMED);
    }

    @Override
    String label(String label) {
        return "#" + label;
    }

    @Override
    String term(String text, List<String> codes, boolean grouped) {
        if (codes.equals(List.of("xs")) || codes.equals(List.of("fs"))) {
            // PubMed's [sh] takes the qualifier's name and explodes it; [sh:noexp] does not
            String name = Subheadings.name(Subheadings.code(text));
            return "\"" + name + "\"[" + (codes.get(0).equals("xs") ? "sh" : "sh:noexp") + "]";
        }
        FieldMap.Choice choice = fields.choose(codes);
        if (!choice.exact()) {
            comment(choice.comment());
        }
        String word = word(text);
        String quoted = word.matches("[\\p{L}\\d*?$]+") ? word : "\"" + word + "\"";
        if (choice.codes().isEmpty()) {
            return quoted;
        }
        List<String> tagged = new ArrayList<>();
        choice.codes().forEach(tag -> tagged.add(quoted + "[" + tag + "]"));
        return tagged.size() == 1 ? tagged.get(0) : "(" + String.join(" OR ", tagged) + ")";
    }

    @Override
    String fielded(SearchNode inner, List<String> codes) {
        return write(inner, codes, false);
    }

    @Override
    String heading(Heading heading) {
        String tag = (heading.major() ? "majr" : "mh") + (heading.explode() ? "" : ":noexp");
        String name = heading.name().matches("[\\p{L}\\d ]+") && !heading.name().matches("(?i).*\\b(and|or|not)\\b.*")
                ? heading.name() : "\"" + heading.name() + "\"";
        if (heading.subheadings().isEmpty()) {
            return name + "[" + tag + "]";
        }
        List<String> pairs = new ArrayList<>();
        for (String code : heading.subheadings()) {
            String qualifier = Subheadings.name(code);
            pairs.add(name.startsWith("\"") ? "\"" + heading.name() + "/" + qualifier + "\"[" + tag + "]"
                    : heading.name() + "/" + qualifier + "[" + tag + "]");
        }
        return pairs.size() == 1 ? pairs.get(0) : "(" + String.join(" OR ", pairs) + ")";
    }

    @Override
    String proximity(Proximity proximity, List<String> codes, boolean grouped) {
        FieldMap.Choice choice = fields.choose(codes);
        boolean words = proximity.left() instanceof Term left && proximity.right() instanceof Term right
                && !left.text().contains(" ") && !right.text().contains(" ")
                && !org.evsynth.records.search.WordPattern.isPattern(left.text())
                && !org.evsynth.records.search.WordPattern.isPattern(right.text());
        List<String> tags = choice.codes();
        boolean fieldsAllowed = tags.size() == 1 && List.of("tiab", "ti", "ab").contains(tags.get(0));
        if (words && fieldsAllowed && !proximity.ordered()) {
            String tag = tags.get(0).equals("ab") ? "tiab" : tags.get(0);
            if (tags.get(0).equals("ab")) {
                comment("PubMed's proximity works in [tiab] or [ti], not [ab]: searched in title and abstract");
            }
            return "\"" + ((Term) proximity.left()).text() + " " + ((Term) proximity.right()).text() + "\"[" + tag
                    + ":~" + (proximity.distance() - 1) + "]";
        }
        comment("Ovid's " + (proximity.ordered() ? "adj" : "adj" + proximity.distance()) + " written as AND: "
                + "PubMed's proximity search takes only plain words, without truncation, in [tiab] or [ti]");
        return "(" + group(write(proximity.left(), codes, false), proximity.left()) + " AND "
                + group(write(proximity.right(), codes, false), proximity.right()) + ")";
    }

    @Override
    String limit(String line, LimitCriterion criterion) {
        String filter = criterion(criterion);
        return filter == null ? line : line + " AND " + filter;
    }

    @Override
    String restriction(LimitCriterion criterion) {
        return written(criterion);
    }

    private String criterion(LimitCriterion criterion) {
        String written = written(criterion);
        if (written == null) {
            comment("limit '" + criterion.label() + "' has no PubMed equivalent: left out");
        }
        return written;
    }

    /** The criterion as PubMed writes it, or null (commented only where the reason is particular). */
    private String written(LimitCriterion criterion) {
        if (criterion instanceof LimitCriterion.CheckTag tag) {
            List<String> names = tag.headings().stream().map(h -> "\"" + h + "\"[mh:noexp]").toList();
            return names.size() == 1 ? names.get(0) : "(" + String.join(" OR ", names) + ")";
        }
        if (criterion instanceof LimitCriterion.Language language) {
            return language.language() + "[la]";
        }
        if (criterion instanceof LimitCriterion.PublicationType type) {
            List<String> names = type.types().stream().map(t -> "\"" + t + "\"[pt]").toList();
            return names.size() == 1 ? names.get(0) : "(" + String.join(" OR ", names) + ")";
        }
        if (criterion instanceof LimitCriterion.DateRange range) {
            String tag = switch (range.code()) {
                case "yr", "dp" -> "dp";
                case "ed", "em" -> "dcom";
                case "ez" -> "edat";
                case "dt" -> "crdt";
                case "da" -> "mhda";
                case "up" -> "lr";
                default -> null;
            };
            if (tag == null) {
                comment("limit '" + range.label() + "' has no PubMed date field: left out");
                return null;
            }
            return date(range.from()) + ":" + date(range.to()) + "[" + tag + "]";
        }
        if (criterion instanceof LimitCriterion.Hedge hedge) {
            comment("limit '" + hedge.label() + "' written as the Ovid filter it stands for; PubMed's Clinical "
                    + "Queries filter of the same name is NLM's translation of it and differs slightly");
            return "(" + write(hedge.query().search(), org.evsynth.records.search.FieldCodes.DEFAULT, false) + ")";
        }
        if (criterion instanceof LimitCriterion.HasAbstract) {
            return "hasabstract[text]";
        }
        if (criterion instanceof LimitCriterion.AllOf all) {
            return combined(all.criteria(), " AND ");
        }
        if (criterion instanceof LimitCriterion.AnyOf any) {
            return combined(any.criteria(), " OR ");
        }
        return null;
    }

    private String combined(List<LimitCriterion> criteria, String operator) {
        List<String> parts = new ArrayList<>();
        for (LimitCriterion c : criteria) {
            String part = criterion(c);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : "(" + String.join(operator, parts) + ")";
    }

    /** YYYYMMDD as PubMed writes a date; the open end as 3000, PubMed's own. */
    private static String date(int yyyymmdd) {
        if (yyyymmdd >= 99_990_000) {
            return "3000";
        }
        if (yyyymmdd < 10_000_000) {
            return "1000/01/01";
        }
        return String.format(Locale.ROOT, "%04d/%02d/%02d", yyyymmdd / 10_000, yyyymmdd / 100 % 100,
                Math.min(yyyymmdd % 100, 31));
    }
}
