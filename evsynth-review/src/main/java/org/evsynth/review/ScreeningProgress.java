package org.evsynth.review;

/**
 * How far a reviewer is at a stage: the records they have a current decision on, and those still waiting for them.
 *
 * @param decided   the reviewer's current decisions at the stage (decisions on records since withdrawn with their
 *                  search or merged as duplicates included)
 * @param remaining open records at the stage the reviewer has not decided: their queue
 */
public record ScreeningProgress(int decided, int remaining) {

    /** decided + remaining. */
    public int total() {
        return decided + remaining;
    }

    /** Percent decided, rounded down; 100 when there is nothing at the stage. */
    public int percent() {
        return total() == 0 ? 100 : (int) (100L * decided / total());
    }
}
