package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.apache.lucene.search.TermQuery;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;

/**
 * Turns the leaves of a search into Lucene queries, collecting notes where the records cannot
 * answer the search as Ovid would.
 *
 * <p>A field qualifier applies to every term under it; an unqualified term searches Ovid's default
 * {@code .mp.} fields. Words in word-indexed fields match words (phrases and {@code adjN} through intervals);
 * terms in phrase-indexed fields ({@code .sh.}, {@code .pt.}, {@code .fs.}, {@code .lg.}) must equal a whole
 * value. {@code exp} cannot explode without the MeSH tree, which records do not carry: an exploded heading
 * searches the heading itself, and the line says so.
 */
final class QueryTranslator {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

    private final SearchIndex index;
    private final int lineNumber;
    private final Set<String> notes = new LinkedHashSet<>();

    QueryTranslator(SearchIndex index, int lineNumber) {
        this.index = index;
        this.lineNumber = lineNumber;
    }

    /** Notes gathered so far, in the order first met. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The query for one limit criterion. */
    Query limit(LimitCriterion criterion) {
        if (criterion instanceof LimitCriterion.Humans) {
            return exact(SearchField.HEADING, "humans");
        }
        if (criterion instanceof LimitCriterion.Animals) {
            return exact(SearchField.HEADING, "animals");
        }
        if (criterion instanceof LimitCriterion.Language language) {
            return exact(SearchField.LANGUAGE, LanguageNames.normal(language.language()));
        }
        if (criterion instanceof LimitCriterion.YearRange years) {
            return IntPoint.newRangeQuery(SearchField.YEAR.indexName(), years.from(), years.to());
        }
        LimitCriterion.PublicationType type = (LimitCriterion.PublicationType) criterion;
        return exact(SearchField.PUBLICATION_TYPE, type.type());
    }

    /**
     * The query for one leaf of a search (a term, a heading or a proximity group) in the given fields;
     * boolean structure and line references are combined by {@link StrategyRunner} on bit sets.
     */
    Query leaf(SearchNode node, List<String> codes) {
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

    private Query term(String text, List<String> codes) {
        List<Query> perField = new ArrayList<>();
        for (SearchField field : fields(codes)) {
            perField.add(field.wordIndexed() ? words(field, text) : whole(field, text));
        }
        return anyOf(perField);
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
            case YEAR:
                return year(text);
            case SUBHEADING:
                return exact(field, Subheadings.code(text));
            case LANGUAGE:
                return exact(field, LanguageNames.normal(text));
            default:
                String value = String.join(" ", TextNormalizer.queryWords(text));
                return WordPattern.isPattern(value) ? WordPattern.query(field.indexName(), value) : exact(field, value);
        }
    }

    private Query year(String text) {
        Matcher m = YEARS.matcher(text.trim());
        if (!m.matches()) {
            throw new StrategyParseException(lineNumber, 1, text, "a year search needs YYYY or YYYY-YYYY");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return IntPoint.newRangeQuery(SearchField.YEAR.indexName(), from, to);
    }

    private Query heading(Heading heading) {
        String name = TextNormalizer.phrase(heading.name());
        if (heading.explode()) {
            notes.add(String.format(Locale.ROOT, "exploded heading '%s': no MeSH tree is available, so only the "
                    + "heading itself was searched, not its narrower headings", heading.name()));
        }
        Query main = exact(heading.major() ? SearchField.MAJOR_HEADING : SearchField.HEADING, name);
        if (heading.subheadings().isEmpty()) {
            return main;
        }
        if (heading.major()) {
            notes.add("*" + heading.name() + "/ with subheadings: the star is matched on the heading, "
                    + "not on the heading/subheading pair");
        }
        List<Query> pairs = new ArrayList<>();
        heading.subheadings().forEach(s -> pairs.add(exact(SearchField.HEADING_QUALIFIER, name + "/" + s)));
        return new BooleanQuery.Builder().add(main, Occur.FILTER).add(anyOf(pairs), Occur.FILTER).build();
    }

    private Query proximity(Proximity proximity, List<String> codes) {
        List<Query> perField = new ArrayList<>();
        for (SearchField field : fields(codes)) {
            if (field.wordIndexed()) {
                ProximitySources sources = new ProximitySources(index, field, lineNumber);
                perField.add(new IntervalQuery(field.indexName(), sources.of(proximity)));
            } else {
                notes.add("adjN is not searched in the phrase-indexed field ." + field.indexName() + ".");
            }
        }
        return anyOf(perField);
    }

    private Set<SearchField> fields(List<String> codes) {
        FieldCodes.Scope scope = FieldCodes.resolve(codes);
        scope.missing().forEach(m -> notes.add("field " + m + " is not in the records: not searched"));
        return scope.fields();
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

    private static Query exact(SearchField field, String value) {
        return new TermQuery(new Term(field.indexName(), value));
    }
}
