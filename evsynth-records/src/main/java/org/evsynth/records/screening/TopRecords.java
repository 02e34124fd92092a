package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Picks the best unscreened records by score, ties broken by a fixed random rank, in one pass. */
final class TopRecords {

    private TopRecords() {
    }

    /**
     * The unscreened records with the highest scores, best first.
     *
     * @param scores     a score per record
     * @param randomRank a distinct tie-break rank per record, lower first
     * @param screened   records to skip
     * @param count      how many at most
     */
    static List<Integer> select(double[] scores, int[] randomRank, boolean[] screened, int count) {
        // a min-heap of the best `count` so far: its head is the weakest kept
        PriorityQueue<Integer> heap = new PriorityQueue<>(Math.max(1, count),
                (a, b) -> better(scores, randomRank, b, a) ? -1 : 1);
        for (int r = 0; r < scores.length && count > 0; r++) {
            if (screened[r]) {
                continue;
            }
            if (heap.size() < count) {
                heap.add(r);
            } else if (better(scores, randomRank, r, heap.peek())) {
                heap.poll();
                heap.add(r);
            }
        }
        List<Integer> out = new ArrayList<>(heap);
        out.sort((a, b) -> better(scores, randomRank, a, b) ? -1 : 1);
        return out;
    }

    /** The unscreened records first in a fixed order (lowest rank first), for the random orders. */
    static List<Integer> byRank(int[] rank, boolean[] screened, int count) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(Math.max(1, count), (a, b) -> Integer.compare(rank[b],
                rank[a]));
        for (int r = 0; r < rank.length && count > 0; r++) {
            if (screened[r]) {
                continue;
            }
            if (heap.size() < count) {
                heap.add(r);
            } else if (rank[r] < rank[heap.peek()]) {
                heap.poll();
                heap.add(r);
            }
        }
        List<Integer> out = new ArrayList<>(heap);
        out.sort((a, b) -> Integer.compare(rank[a], rank[b]));
        return out;
    }

    private static boolean better(double[] scores, int[] randomRank, int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && randomRank[a] < randomRank[b]);
    }
}
