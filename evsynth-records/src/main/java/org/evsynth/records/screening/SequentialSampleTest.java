package org.evsynth.records.screening;

import java.util.Arrays;

/**
 * The hypergeometric test of Callaghan &amp; Müller-Hansen (2020) made exact when it is repeated after every record
 * of the random sample. Tested once, at a sample size fixed in advance, its p-value P(X &le; k | K&#770;(k)) is exact;
 * repeated after each record, as a screening team does, the chance of stopping short of the target somewhere
 * along the sample adds up over the counts k at which it could stop: for 300 relevant found before the sample
 * and 19 left among 1,000 records, the exact chance is 8.3% at a stated 5% (computed by the recursion below).
 *
 * <p>This test keeps the paper's form, stop at the first sample size n with n &ge; n*(k), k the relevant records
 * in the sample, and chooses the boundary n*(0) &le; n*(1) &le; ... so that the error is at most alpha over the whole
 * sample: n*(j) is the smallest n at which the chance, with K&#770;(j) relevant records in the urn, of having stopped
 * with at most j relevant in the sample (at n*(0..j-1) before, or at n) is below alpha. Recall falls short of the
 * target at a stop with j exactly when the urn held K &ge; K&#770;(j); the chance of such a stop falls as K grows
 * (a coupling: more relevant records, more found at every n), so it is at most that at K&#770;(c) for the largest
 * c that fails, which the boundary keeps below alpha. The error rate is therefore alpha whatever the ranking did,
 * and however often the test is looked at. n*(0) is the paper's own sample size, so a sample that finds no
 * relevant record stops where the paper's test does; each relevant record found in the sample asks for more.
 * Computed by a forward recursion over (records drawn, relevant drawn), O(U j) per boundary.
 */
final class SequentialSampleTest {

    private final int urn;
    private final int relevantBefore;
    private final double targetRecall;
    private final double alpha;
    /** n*(0), n*(1), ...: computed as far as a count has asked for. */
    private int[] boundary = new int[0];

    /**
     * @param urn            records unscreened when random sampling began
     * @param relevantBefore relevant records found before it
     */
    SequentialSampleTest(int urn, int relevantBefore, double targetRecall, double alpha) {
        this.urn = urn;
        this.relevantBefore = relevantBefore;
        this.targetRecall = targetRecall;
        this.alpha = alpha;
    }

    /** n*(count): the sample size from which the test stops with {@code count} relevant records in the sample. */
    synchronized int boundary(int count) {
        while (boundary.length <= count) {
            int j = boundary.length;
            int next = firstStop(Arrays.copyOf(boundary, j), j);
            boundary = Arrays.copyOf(boundary, j + 1);
            boundary[j] = next;
        }
        return boundary[count];
    }

    /** n*(0..count - 1), a copy. */
    private synchronized int[] boundariesBelow(int count) {
        if (count > 0) {
            boundary(count - 1);
        }
        return Arrays.copyOf(boundary, count);
    }

    /** Whether the test says stop after {@code sample} records with {@code relevantInSample} relevant. */
    boolean stops(int sample, int relevantInSample) {
        return sample > 0 && sample >= boundary(relevantInSample);
    }

    /**
     * The test's p-value after {@code sample} records of the random sample, {@code relevantInSample} of them
     * relevant: the chance, were recall below the target (with the fewest relevant records H0 allows), that the
     * test would have stopped by now with at most that many relevant in the sample. Below alpha exactly when
     * {@link #stops} holds; 1 while the sample is shorter than the previous count's boundary.
     */
    double pValue(int sample, int relevantInSample) {
        if (sample == 0 || relevantInSample > 0 && sample < boundary(relevantInSample - 1)) {
            return 1;
        }
        return stoppedBy(boundariesBelow(relevantInSample), relevantInSample, sample);
    }

    /** The smallest n (from the previous boundary on) at which {@link #stoppedBy} is below alpha; urn + 1 if none. */
    private int firstStop(int[] earlier, int count) {
        int from = count == 0 ? 1 : earlier[count - 1];
        int underNull = underNull(count);
        if (underNull > urn) {
            return from;   // the urn is too small for recall to be below the target
        }
        Recursion walk = new Recursion(urn, underNull, earlier, count);
        for (int n = 1; n <= urn; n++) {
            walk.draw(n);
            if (n >= from && walk.absorbed + walk.alive[count] < alpha) {
                return n;
            }
        }
        return urn + 1;
    }

    private int underNull(int count) {
        return HypergeometricStoppingTest.relevantUnderNull(relevantBefore + count, relevantBefore, targetRecall);
    }

    /**
     * The chance, with K&#770;(count) relevant records in the urn, that the test has stopped by {@code sample}
     * records with at most {@code count} relevant among them, the boundary for {@code count} being {@code sample}.
     */
    private double stoppedBy(int[] earlier, int count, int sample) {
        int underNull = underNull(count);
        if (underNull > urn) {
            return 0;
        }
        Recursion walk = new Recursion(urn, underNull, earlier, count);
        for (int n = 1; n <= sample; n++) {
            walk.draw(n);
        }
        return Math.min(1, walk.absorbed + walk.alive[count]);
    }

    /**
     * The distribution of the relevant records drawn, 0..count, over the paths the boundaries before
     * {@code count} have not stopped; {@code absorbed} the chance they have. A count whose chance falls below
     * {@value #NEGLIGIBLE} is counted as stopped short of the target and dropped: that can only raise the
     * p-value (at most by the sum dropped, below 1e-9 for any urn a review holds), and it keeps the recursion to
     * the counts the sample can still reach.
     */
    private static final class Recursion {
        private static final double NEGLIGIBLE = 1e-20;
        private final int urn;
        private final int relevant;
        private final int[] earlier;
        private final double[] alive;
        private double absorbed;
        private int lowest;
        private int highest;

        Recursion(int urn, int relevant, int[] earlier, int count) {
            this.urn = urn;
            this.relevant = relevant;
            this.earlier = earlier;
            this.alive = new double[count + 1];
            alive[0] = 1;
        }

        /** The n-th record drawn (n from 1): relevant with probability (K - k) / (U - n + 1). */
        void draw(int n) {
            int left = urn - n + 1;
            int top = Math.min(highest + 1, alive.length - 1);
            for (int k = top; k >= lowest; k--) {
                double p = alive[k];
                if (p == 0) {
                    continue;
                }
                double hit = (double) (relevant - k) / left;
                alive[k] = p * (1 - hit);
                if (k + 1 < alive.length) {
                    alive[k + 1] += p * hit;
                }
            }
            highest = top;
            for (int k = lowest; k <= highest; k++) {
                if (alive[k] > 0 && (k < earlier.length && n >= earlier[k] || alive[k] < NEGLIGIBLE)) {
                    absorbed += alive[k];
                    alive[k] = 0;
                }
            }
            while (lowest < highest && alive[lowest] == 0) {
                lowest++;
            }
            while (highest > lowest && alive[highest] == 0) {
                highest--;
            }
        }
    }
}
