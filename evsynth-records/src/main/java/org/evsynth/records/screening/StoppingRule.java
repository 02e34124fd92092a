package org.evsynth.records.screening;

import java.util.TreeSet;

/**
 * Evaluates the stopping rule and its heuristics on the records screened so far, in screening order: the
 * hypergeometric test ({@link HypergeometricStoppingTest}), the recall estimate and its lower confidence bound,
 * "N irrelevant since the last relevant" and the knee method ({@link KneeMethod}).
 */
public final class StoppingRule {

    private static final int RECENT_MINIMUM = 50;

    private final StoppingSettings settings;

    public StoppingRule(StoppingSettings settings) {
        this.settings = settings;
    }

    public StoppingSettings settings() {
        return settings;
    }

    /** Whether the test says stop: cheaper than {@link #evaluate}, for simulations that check after every record. */
    public boolean stops(boolean[] relevant, int screened, int records) {
        return HypergeometricStoppingTest.rejects(relevant, screened, records, settings.targetRecall(),
                settings.alpha());
    }

    /**
     * The full state.
     *
     * @param relevant whether each screened record was relevant, in screening order
     * @param screened how many records are screened (the first {@code screened} entries)
     * @param records  records in all
     */
    public StoppingState evaluate(boolean[] relevant, int screened, int records) {
        if (screened < 0 || screened > relevant.length || screened > records) {
            throw new IllegalArgumentException("screened (" + screened + ") must be between 0 and the records ("
                    + records + ")");
        }
        int found = 0;
        int sinceRelevant = 0;
        for (int i = 0; i < screened; i++) {
            found += relevant[i] ? 1 : 0;
            sinceRelevant = relevant[i] ? 0 : sinceRelevant + 1;
        }
        HypergeometricStoppingTest.Smallest smallest = HypergeometricStoppingTest.smallest(relevant, screened,
                records, settings.targetRecall(), Double.NEGATIVE_INFINITY);
        double kneeRatio = KneeMethod.slopeRatio(relevant, screened);
        return new StoppingState(settings, records, screened, found, smallest.pValue(),
                smallest.pValue() < settings.alpha(), recallEstimate(relevant, screened, records, found),
                recallLowerBound(relevant, screened, records, found, smallest.sample()), sinceRelevant,
                sinceRelevant >= settings.irrelevantRun(), kneeRatio, KneeMethod.stops(relevant, screened));
    }

    private static double recallEstimate(boolean[] relevant, int screened, int records, int found) {
        if (found == 0) {
            return Double.NaN;
        }
        int window = Math.min(screened, Math.max(RECENT_MINIMUM, screened / 10));
        int recent = 0;
        for (int i = screened - window; i < screened; i++) {
            recent += relevant[i] ? 1 : 0;
        }
        double remaining = (double) recent / window * (records - screened);
        return found / (found + remaining);
    }

    /**
     * The largest recall that the test shows with the stated confidence. A sample of the last w records rejects
     * "recall below &tau;" when K&#770;(&tau;) reaches K*, the fewest relevant records in the urn that make
     * P(X &le; k_w) &lt; &alpha;; that holds for every &tau; &le; r_seen / (r_before + K* - 1). The samples tried
     * are w = 1 to 20, then sizes growing by 15% to every record screened, and the sample that gave the test's
     * p-value, so that the bound reaches the target whenever the test says stop.
     */
    private double recallLowerBound(boolean[] relevant, int screened, int records, int found, int bestSample) {
        if (found == 0 || screened == 0) {
            return 0;
        }
        int[] relevantInLast = new int[screened + 1];
        for (int w = 1; w <= screened; w++) {
            relevantInLast[w] = relevantInLast[w - 1] + (relevant[screened - w] ? 1 : 0);
        }
        TreeSet<Integer> samples = new TreeSet<>();
        for (double w = 1; w < screened; w = w < 20 ? w + 1 : Math.ceil(w * 1.15)) {
            samples.add((int) w);
        }
        samples.add(screened);
        samples.add(bestSample);
        double bound = 0;
        for (int w : samples) {
            int k = relevantInLast[w];
            int urn = records - screened + w;
            int fewest = fewestRejected(k, urn, w, settings.alpha());
            bound = Math.max(bound, Math.min(1, (double) found / (found - k + fewest - 1)));
        }
        return bound;
    }

    /**
     * The smallest K with P(X &le; k) &lt; alpha for k of n drawn from an urn of N with K relevant, by bisection (the
     * probability falls as K grows). Above urn - (n - k) the urn has too few irrelevant records for the sample,
     * and P = 0.
     */
    private static int fewestRejected(int k, int urn, int sample, double alpha) {
        int low = k + 1;
        int high = urn - (sample - k);
        if (low > high || Hypergeometric.cdf(k, urn, high, sample) >= alpha) {
            return high + 1;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Hypergeometric.cdf(k, urn, mid, sample) < alpha) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
