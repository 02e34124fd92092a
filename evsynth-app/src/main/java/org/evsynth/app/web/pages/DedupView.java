package org.evsynth.app.web.pages;

import java.util.List;

/**
 * The deduplication queue, one pair at a time: both records side by side, field by field, with the fields the
 * deduplicator found agreeing and disagreeing marked.
 *
 * @param chrome   the layout
 * @param pair     the pair shown, or null when the queue is empty
 * @param position its place in the queue, from 0
 * @param total    pairs in the queue
 * @param last     the decision just made, which undo takes back, or null
 * @param canRun   whether the viewer may run deduplication (the owner)
 */
public record DedupView(Chrome chrome, Pair pair, int position, int total, Long last, boolean canRun) {

    /** How a field compares between the two records. */
    public enum Match { AGREE, DISAGREE, UNSCORED }

    /**
     * A queued pair.
     *
     * @param id      the pair's id
     * @param score   the deduplicator's score, 0 to 1
     * @param recordA the earlier record's id
     * @param recordB the later record's id
     * @param fields  the fields, each with both records' values
     */
    public record Pair(long id, double score, long recordA, long recordB, List<Field> fields) {

        public Pair {
            fields = List.copyOf(fields);
        }
    }

    /** One field of both records. */
    public record Field(String name, String a, String b, Match match) {

        /** The mark's word, for the class and the screen reader. */
        public String mark() {
            return switch (match) {
                case AGREE -> "agree";
                case DISAGREE -> "disagree";
                case UNSCORED -> "";
            };
        }
    }

    /** The position of the pair after this one ("later"), round to the first after the last. */
    public int later() {
        return total == 0 ? 0 : (position + 1) % total;
    }
}
