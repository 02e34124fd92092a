package org.evsynth.records.screening;

/**
 * The knee method of Cormack &amp; Grossman (2016, "Engineering quality and reliability in technology-assisted
 * review", SIGIR): a heuristic, with no stated recall guarantee. The knee of the gain curve (relevant found
 * against records screened) is the point farthest above the straight line from the origin to the current point;
 * the slope ratio compares the rate of finding relevant records before the knee with the rate after it (one is
 * added to the relevant found after the knee, so that a run of excludes alone never gives an infinite ratio).
 * Stop when at least 150 records are screened and the ratio reaches 156 - min(relevant found, 150): 6 once 150
 * relevant records are found, more when few are.
 */
public final class KneeMethod {

    /** The fewest records screened before the method may stop. */
    public static final int MIN_SCREENED = 150;

    private KneeMethod() {
    }

    /**
     * The slope ratio at the knee, or NaN when there is no knee yet (no relevant record, or the knee is the last
     * record screened).
     */
    public static double slopeRatio(boolean[] relevant, int screened) {
        int total = 0;
        for (int i = 0; i < screened; i++) {
            total += relevant[i] ? 1 : 0;
        }
        if (total == 0) {
            return Double.NaN;
        }
        long bestHeight = Long.MIN_VALUE;
        int knee = 0;
        int kneeFound = 0;
        int found = 0;
        for (int i = 1; i <= screened; i++) {
            found += relevant[i - 1] ? 1 : 0;
            // the distance above the line from (0, 0) to (screened, total), up to a constant factor
            long height = (long) found * screened - (long) i * total;
            if (height > bestHeight) {
                bestHeight = height;
                knee = i;
                kneeFound = found;
            }
        }
        if (knee == screened) {
            return Double.NaN;
        }
        double before = (double) kneeFound / knee;
        double after = (total - kneeFound + 1.0) / (screened - knee);
        return before / after;
    }

    /** The slope ratio the method requires, 156 - min(relevant found, 150). */
    public static double threshold(int relevantFound) {
        return 156 - Math.min(relevantFound, 150);
    }

    /** Whether the knee method says stop. */
    public static boolean stops(boolean[] relevant, int screened) {
        if (screened < MIN_SCREENED) {
            return false;
        }
        int found = 0;
        for (int i = 0; i < screened; i++) {
            found += relevant[i] ? 1 : 0;
        }
        double ratio = slopeRatio(relevant, screened);
        return !Double.isNaN(ratio) && ratio >= threshold(found);
    }
}
