package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;

/**
 * Lucene interval sources for phrases and Ovid proximity in one field.
 *
 * <p>{@code a adjN b} (Ovid: within N words, either order, i.e. at most N - 1 words between) becomes
 * {@code maxgaps(N - 1, unorderedNoOverlaps(a, b))}; plain {@code adj} (next to each other, in order) becomes a
 * phrase, and Embase.com's {@code a NEXT/N b} (within N words, in order) {@code maxgaps(N - 1, ordered(a, b))}. A truncated word is expanded against the field's own terms ({@link SearchIndex#expand}) rather than
 * by {@code Intervals.multiterm}, whose expansions are capped by Lucene's global clause limit (1,024): a
 * truncation such as {@code cerebr$} must never lose terms silently on a large record set. Every word counts
 * towards the distance; Ovid skips stopwords in some fields, so it can find a few more pairs than this does.
 */
final class ProximitySources {

    private final SearchIndex index;
    private final SearchField field;
    private final int lineNumber;

    ProximitySources(SearchIndex index, SearchField field, int lineNumber) {
        this.index = index;
        this.field = field;
        this.lineNumber = lineNumber;
    }

    /** The source for a proximity operand; anything but words, phrases, 'or' and nested adj is refused. */
    IntervalsSource of(SearchNode node) {
        if (node instanceof Term term) {
            return words(term.text());
        }
        if (node instanceof Or or) {
            List<IntervalsSource> sources = new ArrayList<>();
            for (SearchNode operand : or.operands()) {
                sources.add(of(operand));
            }
            return Intervals.or(sources);
        }
        if (node instanceof Proximity p) {
            IntervalsSource left = of(p.left());
            IntervalsSource right = of(p.right());
            if (p.ordered()) {
                return p.distance() <= 1 ? Intervals.phrase(left, right)
                        : Intervals.maxgaps(p.distance() - 1, Intervals.ordered(left, right));
            }
            return Intervals.maxgaps(p.distance() - 1, Intervals.unorderedNoOverlaps(left, right));
        }
        throw new StrategyParseException(lineNumber, 1, describe(node),
                "adjN can join words, phrases and 'or' groups, not this");
    }

    /** The words of a term as a phrase (one word is just that word). */
    IntervalsSource words(String text) {
        List<String> words = TextNormalizer.queryWords(text);
        if (words.isEmpty()) {
            throw new StrategyParseException(lineNumber, 1, text, "no word to search for");
        }
        List<IntervalsSource> sources = new ArrayList<>();
        for (String word : words) {
            sources.add(WordPattern.isPattern(word) ? expanded(word) : Intervals.term(word));
        }
        return sources.size() == 1 ? sources.get(0) : Intervals.phrase(sources.toArray(IntervalsSource[]::new));
    }

    private IntervalsSource expanded(String pattern) {
        List<BytesRef> terms = index.expand(field, WordPattern.automaton(pattern));
        if (terms.isEmpty()) {
            // the pattern itself is never an indexed word (it holds a wildcard), so this matches nothing
            return Intervals.term(pattern);
        }
        List<IntervalsSource> sources = new ArrayList<>(terms.size());
        terms.forEach(t -> sources.add(Intervals.term(t)));
        return sources.size() == 1 ? sources.get(0) : Intervals.or(sources);
    }

    private static String describe(SearchNode node) {
        if (node instanceof SearchNode.And) {
            return "and";
        }
        if (node instanceof SearchNode.Not) {
            return "not";
        }
        if (node instanceof SearchNode.Heading) {
            return "subject heading";
        }
        return node instanceof SearchNode.Fielded ? "field-qualified group" : "line reference";
    }
}
