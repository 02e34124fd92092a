package org.evsynth.records.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evsynth.records.BibRecord;

/**
 * Two-stage deduplication, as the NICE process describes it: stage one merges only certain duplicates
 * ({@link CertainDuplicateRule}); stage two scores the other candidate pairs ({@link PairScorer}) and queues
 * those above the threshold for a person. Candidates come from {@link Blocking}, so the work grows with block
 * sizes, not n². Pairs whose kinds cannot be duplicates (an erratum, retraction or comment and anything of
 * another kind) are never queued; a conference abstract and an article are, and so are two errata with one
 * DOI or PMID that stage one could not merge.
 */
public final class Deduplicator {

    static final double MIN_TITLE_SIMILARITY = 0.7;

    private final DedupOptions options;
    private final CertainDuplicateRule certain = new CertainDuplicateRule();
    private final PairScorer scorer = new PairScorer();

    public Deduplicator() {
        this(DedupOptions.defaults());
    }

    public Deduplicator(DedupOptions options) {
        this.options = options;
    }

    public DeduplicationResult deduplicate(List<BibRecord> records) {
        List<RecordFeatures> features = new ArrayList<>(records.size());
        for (BibRecord r : records) {
            features.add(RecordFeatures.of(r));
        }
        Instant now = options.clock().instant();
        List<MergeDecision> merges = new ArrayList<>();
        Map<Long, ReviewPair> probable = new HashMap<>();
        new Blocking(options.maxBlockSize()).forEachPair(features, pair -> {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            RecordFeatures fa = features.get(a);
            RecordFeatures fb = features.get(b);
            Optional<String> rule = certain.match(fa, fb);
            if (rule.isPresent()) {
                merges.add(new MergeDecision(0, MergeDecision.Action.MERGE, List.of(a, b), rule.get(), "evsynth",
                        now, List.of()));
            } else if (mayBeSame(fa.kind(), fb.kind())) {
                boolean oneNotice = sameNoticeIdentifier(fa, fb);
                PairScore s = oneNotice || titlesMayMatch(fa, fb) ? scorer.score(fa, fb) : null;
                if (s != null && (oneNotice || s.score() >= options.reviewThreshold())) {
                    probable.put(pair, new ReviewPair(a, b, s.score(), s.agree(), s.disagree()));
                }
            }
        });
        List<MergeDecision> log = numbered(merges);
        DeduplicationResult stageOne = new DeduplicationResult(records, log, List.of(), options.clock());
        return new DeduplicationResult(records, log, reviewQueue(stageOne, probable.values()), options.clock());
    }

    /**
     * Abstracts in one supplement share journal, volume, year, often pages and sometimes a DOI; only titles
     * tell them apart, so a pair whose titles are unlike is not queued whatever the other fields say.
     */
    private static boolean titlesMayMatch(RecordFeatures a, RecordFeatures b) {
        return a.title().isEmpty() || b.title().isEmpty() || Similarity.title(a, b) >= MIN_TITLE_SIMILARITY;
    }

    /**
     * Two errata with the same DOI or PMID are one correction notice unless a database got the identifier
     * wrong; when stage one could not confirm it (one database titled the notice "Erratum." alone), a person
     * decides, whatever the score.
     */
    private static boolean sameNoticeIdentifier(RecordFeatures a, RecordFeatures b) {
        return a.kind() == RecordKind.ERRATUM && b.kind() == RecordKind.ERRATUM
                && (a.doi() != null && a.doi().equals(b.doi()) || a.pmid() != null && a.pmid().equals(b.pmid()));
    }

    private static boolean mayBeSame(RecordKind a, RecordKind b) {
        if (a == b) {
            return true;
        }
        return a == RecordKind.CONFERENCE_ABSTRACT && b == RecordKind.ARTICLE
                || a == RecordKind.ARTICLE && b == RecordKind.CONFERENCE_ABSTRACT;
    }

    /** Merges in a stable order (by first record, then second), numbered 1, 2, ... */
    private static List<MergeDecision> numbered(List<MergeDecision> merges) {
        merges.sort(Comparator.<MergeDecision>comparingInt(m -> m.records().get(0))
                .thenComparingInt(m -> m.records().get(1)));
        List<MergeDecision> out = new ArrayList<>(merges.size());
        for (MergeDecision m : merges) {
            out.add(new MergeDecision(out.size() + 1, m.action(), m.records(), m.rule(), m.decidedBy(), m.at(),
                    m.undoes()));
        }
        return out;
    }

    /**
     * One pair per two groups, between the groups' kept records, with the best score any of their members
     * reached; pairs inside one group are dropped. Best score first.
     */
    private static List<ReviewPair> reviewQueue(DeduplicationResult stageOne, Iterable<ReviewPair> pairs) {
        Map<Long, ReviewPair> best = new HashMap<>();
        for (ReviewPair p : pairs) {
            int ga = stageOne.groupId(p.a()) - 1;
            int gb = stageOne.groupId(p.b()) - 1;
            if (ga == gb) {
                continue;
            }
            int low = Math.min(ga, gb);
            int high = Math.max(ga, gb);
            ReviewPair between = new ReviewPair(low, high, p.score(), p.agree(), p.disagree());
            best.merge((long) low << 32 | high, between, (x, y) -> x.score() >= y.score() ? x : y);
        }
        List<ReviewPair> queue = new ArrayList<>(best.values());
        queue.sort(Comparator.comparingDouble(ReviewPair::score).reversed()
                .thenComparingInt(ReviewPair::a).thenComparingInt(ReviewPair::b));
        return queue;
    }
}
