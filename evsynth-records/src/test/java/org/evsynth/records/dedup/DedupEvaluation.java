package org.evsynth.records.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Sensitivity and specificity of a deduplication against ground truth, counted over records as the ASySD
 * and Deduklick papers count them: a record is a removable duplicate when an earlier record of its study is
 * kept. In a found group of size s holding records of c distinct true studies, s - c removals are right and
 * c - 1 are false merges (each loses a study). Sensitivity = right removals / removable duplicates;
 * specificity = (studies - false merges) / studies.
 *
 * @param removable     true removable duplicates
 * @param found         right removals
 * @param studies       records that should be kept (distinct studies)
 * @param falseMerges   wrong removals
 */
record DedupEvaluation(int removable, int found, int studies, int falseMerges) {

    double sensitivity() {
        return found / (double) removable;
    }

    double specificity() {
        return (studies - falseMerges) / (double) studies;
    }

    /**
     * Evaluates groups (group id per record) against true study ids per record.
     *
     * @param groups     found group per record
     * @param studyOf    true study per record
     */
    static DedupEvaluation of(int[] groups, int[] studyOf) {
        Map<Integer, Set<Integer>> studiesPerGroup = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            studiesPerGroup.computeIfAbsent(groups[i], g -> new HashSet<>()).add(studyOf[i]);
            sizes.merge(groups[i], 1, Integer::sum);
        }
        int found = 0;
        int falseMerges = 0;
        for (Map.Entry<Integer, Set<Integer>> e : studiesPerGroup.entrySet()) {
            int c = e.getValue().size();
            found += sizes.get(e.getKey()) - c;
            falseMerges += c - 1;
        }
        int studies = (int) Arrays.stream(studyOf).distinct().count();
        return new DedupEvaluation(groups.length - studies, found, studies, falseMerges);
    }

    /**
     * For labels that only say unique or duplicate (ASySD): a group's distinct studies are taken as its
     * number of records labelled unique, at least one. Two duplicates of different studies merged together
     * cannot be seen this way, so the false-merge count is a lower bound.
     */
    static DedupEvaluation ofLabels(int[] groups, boolean[] labelledUnique) {
        Map<Integer, Integer> sizes = new HashMap<>();
        Map<Integer, Integer> uniques = new HashMap<>();
        int studies = 0;
        for (int i = 0; i < groups.length; i++) {
            sizes.merge(groups[i], 1, Integer::sum);
            uniques.merge(groups[i], labelledUnique[i] ? 1 : 0, Integer::sum);
            studies += labelledUnique[i] ? 1 : 0;
        }
        int found = 0;
        int falseMerges = 0;
        for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
            int c = Math.max(1, uniques.get(e.getKey()));
            found += e.getValue() - c;
            falseMerges += c - 1;
        }
        return new DedupEvaluation(groups.length - studies, found, studies, falseMerges);
    }

    /** Group per record after stage one alone. */
    static int[] stageOne(DeduplicationResult r) {
        int[] g = new int[r.records().size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = r.groupId(i);
        }
        return g;
    }

    /**
     * Group per record after a person went through the queue in order, confirming the pairs {@code confirm}
     * accepts given the groups so far: the true duplicates (an oracle), or every pair (the worst case).
     */
    static int[] withReview(DeduplicationResult r, BiPredicate<DeduplicationResult, ReviewPair> confirm) {
        DeduplicationResult confirmed = r;
        List<ReviewPair> queue = new ArrayList<>(r.reviewQueue());
        for (ReviewPair p : queue) {
            if (confirm.test(confirmed, p)) {
                confirmed = confirmed.confirm(p, "oracle");
            }
        }
        return stageOne(confirmed);
    }
}
