package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.FixedBitSet;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Limit;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.LineRef;
import org.evsynth.records.search.SearchNode.Not;
import org.evsynth.records.search.SearchNode.Or;

/**
 * Runs a strategy line by line, as Ovid's search history does: each line's result set is kept as a bit set over
 * the records, and line references ({@code 1 or 2}, {@code or/1-10}, {@code 29 not 30}, {@code limit 5 to ...})
 * combine those sets.
 *
 * <p>Boolean operators are evaluated on bit sets and only the leaves (terms, headings, proximity groups) go to
 * Lucene, so a line with hundreds of terms never meets Lucene's clause limit.
 */
public final class StrategyRunner {

    private StrategyRunner() {
    }

    /** Indexes the documents in memory and runs the strategy on them. */
    public static StrategyResult run(Strategy strategy, List<SearchDocument> documents) {
        try (SearchIndex index = SearchIndex.of(documents)) {
            return run(strategy, index);
        }
    }

    /** Runs the strategy on an index built before. */
    public static StrategyResult run(Strategy strategy, SearchIndex index) {
        Map<String, FixedBitSet> results = new HashMap<>();
        List<LineResult> lines = new ArrayList<>();
        FixedBitSet last = index.none();
        for (StrategyLine line : strategy.lines()) {
            QueryTranslator translator = new QueryTranslator(index, line.number());
            last = new Evaluation(index, translator, results).of(line.search(), FieldCodes.DEFAULT);
            results.put(line.label(), last);
            List<String> notes = new ArrayList<>(line.notes());
            notes.addAll(translator.notes());
            lines.add(new LineResult(line.number(), line.label(), line.text(), last.cardinality(),
                    line.source().reportedHits(), notes));
        }
        List<SearchDocument> matches = new ArrayList<>();
        for (int i = 0; i < index.documents().size(); i++) {
            if (last.get(i)) {
                matches.add(index.documents().get(i));
            }
        }
        return new StrategyResult(lines, matches.size(), matches);
    }

    /** Evaluation of one line's search tree. */
    private record Evaluation(SearchIndex index, QueryTranslator translator, Map<String, FixedBitSet> results) {

        FixedBitSet of(SearchNode node, List<String> codes) {
            if (node instanceof LineRef ref) {
                return results.get(ref.label()).clone();
            }
            if (node instanceof Fielded fielded) {
                return of(fielded.inner(), fielded.fieldCodes());
            }
            if (node instanceof And and) {
                FixedBitSet bits = of(and.operands().get(0), codes);
                and.operands().subList(1, and.operands().size()).forEach(o -> bits.and(of(o, codes)));
                return bits;
            }
            if (node instanceof Or or) {
                FixedBitSet bits = index.none();
                or.operands().forEach(o -> bits.or(of(o, codes)));
                return bits;
            }
            if (node instanceof Not not) {
                FixedBitSet bits = of(not.include(), codes);
                bits.andNot(of(not.exclude(), codes));
                return bits;
            }
            if (node instanceof Limit limit) {
                FixedBitSet bits = of(limit.line(), codes);
                for (LimitCriterion criterion : limit.criteria()) {
                    bits.and(index.search(translator.limit(criterion)));
                }
                return bits;
            }
            return index.search(translator.leaf(node, codes));
        }
    }
}
