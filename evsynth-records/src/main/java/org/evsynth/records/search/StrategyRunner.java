package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Limit;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.LineRef;
import org.evsynth.records.search.SearchNode.Not;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Use;
import org.evsynth.records.search.mesh.MeshTree;

/**
 * Runs a strategy line by line, as Ovid's search history does: each line's result set is kept as a bit set over
 * the records, and line references ({@code 1 or 2}, {@code or/1-10}, {@code 29 not 30}, {@code limit 5 to ...})
 * combine those sets.
 *
 * <p>Boolean operators are evaluated on bit sets and only the leaves (terms, headings, proximity groups) go to
 * Lucene, so a line with hundreds of terms never meets Lucene's clause limit.
 *
 * <p>A part the records cannot answer (a field no record carries, a limit on full text, a database segment) is
 * left out of its line, which runs as if the part were not there: a limit that cannot be checked passes the
 * records through, an unanswerable term adds nothing to an {@code or}, restricts nothing in an {@code and} and
 * removes nothing after {@code not}. The line says so and is marked {@link LineStatus#PARTLY_EVALUATED}; a line of
 * which nothing can be answered has no hit count ({@link LineStatus#NOT_EVALUATED}) and is left out, in turn,
 * wherever a later line refers to it.
 */
public final class StrategyRunner {

    private StrategyRunner() {
    }

    /** Indexes the documents in memory and runs the strategy on them. */
    public static StrategyResult run(Strategy strategy, List<SearchDocument> documents) {
        return run(strategy, documents, null);
    }

    /** Indexes the documents in memory and runs the strategy on them, exploding headings through the tree. */
    public static StrategyResult run(Strategy strategy, List<SearchDocument> documents, MeshTree mesh) {
        try (SearchIndex index = SearchIndex.of(documents)) {
            return run(strategy, index, mesh);
        }
    }

    /** Runs the strategy on an index built before. */
    public static StrategyResult run(Strategy strategy, SearchIndex index) {
        return run(strategy, index, null);
    }

    /**
     * Runs the strategy on an index built before.
     *
     * @param mesh the MeSH tree to explode headings with, or null to search exploded headings as themselves
     */
    public static StrategyResult run(Strategy strategy, SearchIndex index, MeshTree mesh) {
        Map<String, FixedBitSet> results = new HashMap<>();
        Map<String, LineStatus> statuses = new HashMap<>();
        List<LineResult> lines = new ArrayList<>();
        FixedBitSet last = null;
        for (StrategyLine line : strategy.lines()) {
            QueryTranslator translator = new QueryTranslator(index, line.number(), mesh);
            Evaluation evaluation = new Evaluation(index, translator, results, statuses);
            last = evaluation.of(line.search(), FieldCodes.DEFAULT);
            results.put(line.label(), last);
            Set<LineNote> notes = new LinkedHashSet<>(line.notes());
            notes.addAll(translator.notes());
            LineStatus status = LineStatus.of(notes).worse(evaluation.dependency);
            if (last == null) {
                status = LineStatus.NOT_EVALUATED;
            }
            statuses.put(line.label(), status);
            lines.add(new LineResult(line.number(), line.label(), line.text(),
                    last == null ? null : last.cardinality(), line.source().reportedHits(), List.copyOf(notes),
                    status, line.dialect()));
        }
        List<SearchDocument> matches = new ArrayList<>();
        for (int i = 0; last != null && i < index.documents().size(); i++) {
            if (last.get(i)) {
                matches.add(index.documents().get(i));
            }
        }
        return new StrategyResult(lines, matches.size(), matches);
    }

    /** Evaluation of one line's search tree; null stands for a part the records cannot answer. */
    private static final class Evaluation {
        private final SearchIndex index;
        private final QueryTranslator translator;
        private final Map<String, FixedBitSet> results;
        private final Map<String, LineStatus> statuses;
        private LineStatus dependency = LineStatus.EVALUATED;

        Evaluation(SearchIndex index, QueryTranslator translator, Map<String, FixedBitSet> results,
                Map<String, LineStatus> statuses) {
            this.index = index;
            this.translator = translator;
            this.results = results;
            this.statuses = statuses;
        }

        FixedBitSet of(SearchNode node, List<String> codes) {
            if (node instanceof LineRef ref) {
                return reference(ref);
            }
            if (node instanceof Fielded fielded) {
                return of(fielded.inner(), fielded.fieldCodes());
            }
            if (node instanceof And and) {
                return combine(and.operands(), codes, true);
            }
            if (node instanceof Or or) {
                return combine(or.operands(), codes, false);
            }
            if (node instanceof Not not) {
                FixedBitSet bits = of(not.include(), codes);
                FixedBitSet exclude = of(not.exclude(), codes);
                if (bits != null && exclude != null) {
                    bits.andNot(exclude);
                }
                return bits;
            }
            if (node instanceof Limit limit) {
                FixedBitSet bits = of(limit.line(), codes);
                FixedBitSet criterion = criterion(limit.criterion());
                if (bits != null && criterion != null) {
                    bits.and(criterion);
                }
                return bits;
            }
            if (node instanceof SearchNode.Criterion c) {
                return criterion(c.criterion());
            }
            if (node instanceof Use use) {
                translator.note(LineNote.notEvaluated("'use " + use.segments() + "' not applied: records carry "
                        + "no Ovid database segment, so every record is searched"));
                return of(use.inner(), codes);
            }
            return translator.leaf(node, codes).map(index::search).orElse(null);
        }

        private FixedBitSet reference(LineRef ref) {
            FixedBitSet bits = results.get(ref.label());
            LineStatus status = statuses.get(ref.label());
            if (bits == null) {
                translator.note(LineNote.notEvaluated("line " + ref.label() + " could not be evaluated on these "
                        + "records and is left out here"));
                return null;
            }
            dependency = dependency.worse(status == LineStatus.NOT_EVALUATED ? LineStatus.PARTLY_EVALUATED : status);
            return bits.clone();
        }

        /** And or or over the operands that could be evaluated; null when none could. */
        private FixedBitSet combine(List<SearchNode> operands, List<String> codes, boolean all) {
            FixedBitSet bits = null;
            for (SearchNode operand : operands) {
                FixedBitSet next = of(operand, codes);
                if (next == null) {
                    continue;
                }
                if (bits == null) {
                    bits = next;
                } else if (all) {
                    bits.and(next);
                } else {
                    bits.or(next);
                }
            }
            return bits;
        }

        /** The records a limit criterion keeps; null when it cannot be checked (then it keeps them all). */
        private FixedBitSet criterion(LimitCriterion criterion) {
            if (criterion instanceof LimitCriterion.AllOf all) {
                return criteria(all.criteria(), true);
            }
            if (criterion instanceof LimitCriterion.AnyOf any) {
                return criteria(any.criteria(), false);
            }
            if (criterion instanceof LimitCriterion.Hedge hedge) {
                ClinicalQuery query = hedge.query();
                translator.note(new LineNote(LineNote.Kind.INFO, "limit to '" + hedge.label() + "' run as the "
                        + "published filter (" + query.source() + (query.isChecked() ? "; string checked against "
                        + query.checked() : "; string not checked against a copy of the paper") + "): "
                        + query.ovid()));
                return of(Hedges.search(query), FieldCodes.DEFAULT);
            }
            Optional<Query> query = translator.limit(criterion);
            return query.map(index::search).orElse(null);
        }

        private FixedBitSet criteria(List<LimitCriterion> criteria, boolean all) {
            FixedBitSet bits = null;
            for (LimitCriterion c : criteria) {
                FixedBitSet next = criterion(c);
                if (next == null) {
                    continue;
                }
                if (bits == null) {
                    bits = next;
                } else if (all) {
                    bits.and(next);
                } else {
                    bits.or(next);
                }
            }
            return bits;
        }
    }
}
