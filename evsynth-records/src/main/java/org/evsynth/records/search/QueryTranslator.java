package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.mesh.MeshDescriptor;
import org.evsynth.records.search.mesh.MeshTree;

/**
 * Turns the leaves of a search into Lucene queries, collecting notes where the records cannot answer the search
 * as Ovid would.
 *
 * <p>A field qualifier applies to every term under it; an unqualified term searches Ovid's default {@code .mp.}
 * fields. Words in word-indexed fields match words (phrases and {@code adjN} through intervals); terms in
 * whole-value fields ({@code .sh.}, {@code .pt.}, {@code .fs.}, {@code .lg.}, {@code .au.}) must equal a whole
 * value; terms in date fields ({@code 2015*.ed.}, {@code 2010:2015[dp]}) are date ranges.
 *
 * <p>A field that no record carries cannot be searched: the leaf is then {@linkplain Optional#empty() not
 * evaluated}, with a note saying which field the records lack, and {@link StrategyRunner} leaves it out of the
 * line. {@code exp} explodes through the MeSH tree when one is given; without one it searches the heading itself,
 * and the line says so.
 */
final class QueryTranslator {

    private static final Pattern DATE_BOUND = Pattern.compile("\\d{4}(\\d{2}){0,2}");

    private final SearchIndex index;
    private final int lineNumber;
    private final MeshTree mesh;
    private final Set<LineNote> notes = new LinkedHashSet<>();

    QueryTranslator(SearchIndex index, int lineNumber, MeshTree mesh) {
        this.index = index;
        this.lineNumber = lineNumber;
        this.mesh = mesh;
    }

    /** Notes gathered so far, in the order first met. */
    List<LineNote> notes() {
        return List.copyOf(notes);
    }

    void note(LineNote note) {
        notes.add(note);
    }

    /** The query for one limit criterion that is not a combination or a hedge; empty when records cannot say. */
    Optional<Query> limit(LimitCriterion criterion) {
        if (criterion instanceof LimitCriterion.CheckTag tag) {
            return carried(SearchField.HEADING, "limit to " + tag.label()).map(f -> exactAny(SearchField.HEADING,
                    tag.headings().stream().map(TextNormalizer::phrase).toList()));
        }
        if (criterion instanceof LimitCriterion.Language language) {
            return carried(SearchField.LANGUAGE, "limit to " + language.label())
                    .map(f -> exact(SearchField.LANGUAGE, LanguageNames.normal(language.language())));
        }
        if (criterion instanceof LimitCriterion.PublicationType type) {
            return carried(SearchField.PUBLICATION_TYPE, "limit to " + type.label()).map(f -> exactAny(
                    SearchField.PUBLICATION_TYPE, type.types().stream().map(TextNormalizer::phrase).toList()));
        }
        if (criterion instanceof LimitCriterion.HasAbstract has) {
            return carried(SearchField.ABSTRACT, "limit to " + has.label()).map(index::carrying);
        }
        if (criterion instanceof LimitCriterion.DateRange range) {
            return dateLimit(range);
        }
        LimitCriterion.Unanswerable unanswerable = (LimitCriterion.Unanswerable) criterion;
        notes.add(LineNote.notEvaluated("limit to '" + unanswerable.label() + "' not applied: "
                + unanswerable.reason()));
        return Optional.empty();
    }

    private Optional<Query> dateLimit(LimitCriterion.DateRange range) {
        if (range.code().equals("yr")) {
            return carried(SearchField.YEAR, "limit to " + range.label()).map(f -> IntPoint.newRangeQuery(
                    SearchField.YEAR.indexName(), range.from() / 10_000, range.to() / 10_000));
        }
        FieldCodes.Scope scope = FieldCodes.resolve(List.of(range.code()));
        if (scope.fields().isEmpty()) {
            notes.add(LineNote.notEvaluated("limit to " + range.label() + " not applied: records have no "
                    + FieldCodes.name(range.code())));
            return Optional.empty();
        }
        SearchField field = scope.fields().iterator().next();
        return carried(field, "limit to " + range.label())
                .map(f -> SearchIndex.dateOverlap(field, range.from(), range.to()));
    }

    /**
     * The query for one leaf of a search (a term, a heading or a proximity group) in the given fields; empty when
     * none of the fields is carried by the records. Boolean structure and line references are combined by
     * {@link StrategyRunner} on bit sets.
     */
    Optional<Query> leaf(SearchNode node, List<String> codes) {
        if (node instanceof SearchNode.Term term) {
            return term(term.text(), codes);
        }
        if (node instanceof Heading heading) {
            return heading(heading);
        }
        if (node instanceof Proximity proximity) {
            return proximity(proximity, codes);
        }
        throw new IllegalArgumentException("not a leaf search: " + node);
    }

    private Optional<Query> term(String text, List<String> codes) {
        if (codes.contains("xs")) {
            notes.add(LineNote.approximated("exploded subheading '" + text + ".xs.' searched as the subheading "
                    + "itself: evsynth has no tree of MeSH qualifiers"));
        }
        List<Query> perField = new ArrayList<>();
        for (SearchField field : fields(codes, text)) {
            switch (field.kind()) {
                case WORDS:
                    perField.add(words(field, text));
                    break;
                case YEAR:
                    perField.add(year(text));
                    break;
                case DATE:
                    int[] range = dates(text);
                    perField.add(SearchIndex.dateOverlap(field, range[0], range[1]));
                    break;
                default:
                    perField.add(whole(field, text));
            }
        }
        return perField.isEmpty() ? Optional.empty() : Optional.of(anyOf(perField));
    }

    private Query words(SearchField field, String text) {
        List<String> words = TextNormalizer.queryWords(text);
        if (words.size() != 1) {
            return new IntervalQuery(field.indexName(), new ProximitySources(index, field, lineNumber).words(text));
        }
        String word = words.get(0);
        return WordPattern.isPattern(word)
                ? WordPattern.query(field.indexName(), word)
                : new TermQuery(new Term(field.indexName(), word));
    }

    private Query whole(SearchField field, String text) {
        switch (field) {
            case SUBHEADING:
                return exact(field, Subheadings.code(text));
            case LANGUAGE:
                return exact(field, LanguageNames.normal(text));
            case ISSN:
                return exact(field, text.trim().replace("-", "").toLowerCase(Locale.ROOT));
            case DOI:
                return exact(field, text.trim().toLowerCase(Locale.ROOT));
            default:
                String value = String.join(" ", TextNormalizer.queryWords(text));
                return WordPattern.isPattern(value) ? WordPattern.query(field.indexName(), value) : exact(field, value);
        }
    }

    private Query year(String text) {
        int[] range = dates(text);
        return IntPoint.newRangeQuery(SearchField.YEAR.indexName(), range[0] / 10_000, range[1] / 10_000);
    }

    /**
     * A date search as Ovid and PubMed write it: {@code 2015}, {@code 2015*}, {@code 201503*}, {@code 20150301},
     * {@code 2010-2015}, {@code 2010:2015}, {@code 2010/01/01:2015/12/31}, {@code 3000} for an open end.
     */
    private int[] dates(String text) {
        String compact = text.replaceAll("[\\s\"/]", "").replace("*", "").replace("$", "");
        String[] ends = compact.split("[:-]", -1);
        if (ends.length > 2 || ends.length == 0) {
            throw dateError(text);
        }
        for (String end : ends) {
            if (!DATE_BOUND.matcher(end).matches()) {
                throw dateError(text);
            }
        }
        PartialDate from = PartialDate.compact(ends[0]);
        PartialDate to = PartialDate.compact(ends[ends.length - 1]);
        int last = ends[ends.length - 1].startsWith("3000") ? PartialDate.OPEN_END : to.last();
        return new int[] {from.first(), last};
    }

    private StrategyParseException dateError(String text) {
        return new StrategyParseException(lineNumber, 1, text,
                "a date search needs YYYY, YYYYMM or YYYYMMDD (truncated with * or not), or a range A-B or A:B");
    }

    private Optional<Query> heading(Heading heading) {
        if (!index.carries(SearchField.HEADING)) {
            notes.add(LineNote.notEvaluated("subject heading '" + heading.name() + "/' not searched: records "
                    + "have no subject headings"));
            return Optional.empty();
        }
        List<String> names = headingNames(heading);
        SearchField field = heading.major() ? SearchField.MAJOR_HEADING : SearchField.HEADING;
        Query main = exactAny(field, names);
        if (heading.subheadings().isEmpty()) {
            return Optional.of(main);
        }
        if (!index.carries(SearchField.HEADING_QUALIFIER)) {
            notes.add(LineNote.notEvaluated("subheadings /" + String.join(", ", heading.subheadings())
                    + " of '" + heading.name() + "' not checked: records carry no subheadings, so the heading "
                    + "was searched with any subheading"));
            return Optional.of(main);
        }
        if (heading.major()) {
            notes.add(LineNote.approximated("*" + heading.name() + "/ with subheadings: the star is matched on the "
                    + "heading, not on the heading/subheading pair"));
        }
        List<String> pairs = new ArrayList<>();
        for (String name : names) {
            heading.subheadings().forEach(s -> pairs.add(name + "/" + s));
        }
        return Optional.of(new BooleanQuery.Builder().add(main, Occur.FILTER)
                .add(exactAny(SearchField.HEADING_QUALIFIER, pairs), Occur.FILTER).build());
    }

    /** The normalised heading names a heading search matches: itself, its descriptor's name, and, exploded, all below. */
    private List<String> headingNames(Heading heading) {
        Set<String> names = new LinkedHashSet<>();
        names.add(TextNormalizer.phrase(heading.name()));
        Optional<MeshDescriptor> descriptor = mesh == null ? Optional.empty() : mesh.find(heading.name());
        if (descriptor.isPresent()) {
            String preferred = descriptor.get().name();
            if (!TextNormalizer.phrase(preferred).equals(TextNormalizer.phrase(heading.name()))) {
                notes.add(new LineNote(LineNote.Kind.INFO, "'" + heading.name() + "' is an entry term of the MeSH "
                        + "descriptor '" + preferred + "': both names searched"));
            }
            List<MeshDescriptor> below = heading.explode() ? mesh.explode(descriptor.get()) : List.of(descriptor.get());
            below.forEach(d -> names.add(TextNormalizer.phrase(d.name())));
            if (heading.explode()) {
                notes.add(new LineNote(LineNote.Kind.INFO, String.format(Locale.ROOT, "exp %s/: %d heading%s "
                        + "from %s", heading.name(), below.size(), below.size() == 1 ? "" : "s", mesh.source())));
            }
        } else if (heading.explode()) {
            notes.add(LineNote.approximated(mesh == null
                    ? String.format(Locale.ROOT, "exploded heading '%s': no MeSH tree was given (--mesh), so only "
                            + "the heading itself was searched, not its narrower headings", heading.name())
                    : String.format(Locale.ROOT, "exploded heading '%s' is not in the MeSH tree %s: only the "
                            + "heading itself was searched", heading.name(), mesh.source())));
        }
        return List.copyOf(names);
    }

    private Optional<Query> proximity(Proximity proximity, List<String> codes) {
        List<Query> perField = new ArrayList<>();
        for (SearchField field : fields(codes, "adj")) {
            if (field.wordIndexed()) {
                ProximitySources sources = new ProximitySources(index, field, lineNumber);
                perField.add(new IntervalQuery(field.indexName(), sources.of(proximity)));
            } else {
                notes.add(LineNote.approximated("adjN is not searched in the whole-value field ."
                        + field.indexName() + "."));
            }
        }
        return perField.isEmpty() ? Optional.empty() : Optional.of(anyOf(perField));
    }

    /** The carried fields for the codes; fields the records lack are noted as not evaluated. */
    private Set<SearchField> fields(List<String> codes, String text) {
        FieldCodes.Scope scope = FieldCodes.resolve(codes);
        scope.missing().forEach(m -> notes.add(LineNote.notEvaluated("'" + text + "' in field " + m
                + " not searched: records cannot carry that field")));
        Set<SearchField> carried = new LinkedHashSet<>();
        List<String> absent = new ArrayList<>();
        for (SearchField field : scope.fields()) {
            if (index.carries(field)) {
                carried.add(field);
            } else if (!absent.contains(field.description())) {
                absent.add(field.description());
            }
        }
        if (!absent.isEmpty() && carried.isEmpty()) {
            notes.add(LineNote.notEvaluated("'" + text + "' not searched: records have no "
                    + String.join(" or ", absent)));
        }
        return carried;
    }

    /** The field, when records carry it; else a note that the named restriction was not applied. */
    private Optional<SearchField> carried(SearchField field, String what) {
        if (index.carries(field)) {
            return Optional.of(field);
        }
        notes.add(LineNote.notEvaluated(what + " not applied: records have no " + field.description()));
        return Optional.empty();
    }

    private static Query anyOf(List<Query> queries) {
        if (queries.isEmpty()) {
            return new MatchNoDocsQuery("no searchable field");
        }
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        queries.forEach(q -> builder.add(q, Occur.SHOULD));
        return builder.build();
    }

    /** Any of the whole values; a term set, so an explosion to thousands of headings meets no clause limit. */
    private static Query exactAny(SearchField field, List<String> values) {
        if (values.size() == 1) {
            return exact(field, values.get(0));
        }
        return new TermInSetQuery(field.indexName(), values.stream().map(BytesRef::new).toList());
    }

    private static Query exact(SearchField field, String value) {
        return new TermQuery(new Term(field.indexName(), value));
    }
}
