package org.evsynth.records.screening;

import java.util.TreeSet;

/**
 * Evaluates the stopping rule and its heuristics on the records screened so far, in screening order: where random
 * sampling began ({@link StoppingSettings}), the hypergeometric test on the sample (or on the ranked tail,
 * {@link HypergeometricStoppingTest}), the recall estimate and its lower confidence bound, "N irrelevant since the
 * last relevant" and the knee method ({@link KneeMethod}). Everything is a function of the decisions in order, so
 * any screener given the same decisions reports the same state.
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

    /**
     * Records screened when screening switched to random sampling: the first point where the last
     * {@link StoppingSettings#switchRunFor} records were irrelevant, or where the latest-switch share of the
     * records was screened; -1 when neither has happened (and always under the ranked-tail protocol).
     */
    public int switchPoint(boolean[] relevant, int screened, int records) {
        if (settings.protocol() != StoppingProtocol.RANDOM_SAMPLE) {
            return -1;
        }
        int run = settings.switchRunFor(records);
        int latest = (int) Math.ceil(settings.latestSwitch() * records - 1e-9);
        int sinceRelevant = 0;
        for (int d = 1; d <= screened; d++) {
            sinceRelevant = relevant[d - 1] ? 0 : sinceRelevant + 1;
            if (sinceRelevant >= run || d >= latest) {
                return d;
            }
        }
        return -1;
    }

    /**
     * The p-value of a random sample: n records drawn at random from the {@code urn} records unscreened when
     * sampling began, {@code relevantInSample} of them relevant, {@code relevantBefore} found before.
     */
    public double samplePValue(int urn, int sample, int relevantInSample, int relevantBefore) {
        if (sample == 0) {
            return 1;
        }
        return HypergeometricStoppingTest.samplePValue(urn, sample, relevantInSample,
                relevantBefore + relevantInSample, settings.targetRecall());
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
        HypergeometricStoppingTest.Smallest tail = HypergeometricStoppingTest.smallest(relevant, screened,
                records, settings.targetRecall(), Double.NEGATIVE_INFINITY);
        int start = switchPoint(relevant, screened, records);
        double p;
        double bound;
        double estimate;
        int inSample = 0;
        if (settings.protocol() == StoppingProtocol.RANKED_TAIL) {
            p = tail.pValue();
            bound = lowerBoundOverTails(relevant, screened, records, found, tail.sample());
            estimate = recentRateEstimate(relevant, screened, records, found);
        } else if (start < 0) {
            p = 1;
            bound = 0;
            estimate = recentRateEstimate(relevant, screened, records, found);
        } else {
            for (int i = start; i < screened; i++) {
                inSample += relevant[i] ? 1 : 0;
            }
            int sample = screened - start;
            p = samplePValue(records - start, sample, inSample, found - inSample);
            bound = sample == 0 ? 0 : lowerBound(found, inSample, records - start, sample);
            estimate = found == 0 ? Double.NaN
                    : found / (found + (sample == 0 ? 0 : (double) inSample / sample * (records - screened)));
        }
        double kneeRatio = KneeMethod.slopeRatio(relevant, screened);
        return new StoppingState(settings, records, screened, found, p, p < settings.alpha(), estimate, bound,
                start, start < 0 ? 0 : screened - start, inSample, tail.pValue(), sinceRelevant,
                sinceRelevant >= settings.irrelevantRun(), kneeRatio, KneeMethod.stops(relevant, screened));
    }

    private static double recentRateEstimate(boolean[] relevant, int screened, int records, int found) {
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
     * The largest recall a sample shows with the stated confidence. It rejects "recall below &tau;" when
     * K&#770;(&tau;) = &lfloor;r_seen / &tau;&rfloor; + 1 - r_before reaches K*, the fewest relevant records in the urn
     * that make P(X &le; k) &lt; &alpha;; that holds for every &tau; &le; r_seen / (r_before + K* - 1).
     */
    private double lowerBound(int found, int inSample, int urn, int sample) {
        if (found == 0) {
            return 0;
        }
        int fewest = fewestRejected(inSample, urn, sample, settings.alpha());
        return Math.min(1, (double) found / (found - inSample + fewest - 1));
    }

    /**
     * The ranked-tail protocol's bound: the best over the last w records screened, w = 1 to 20, then sizes
     * growing by 15% to every record screened, and the sample that gave the test's p-value, so that the bound
     * reaches the target whenever the test says stop.
     */
    private double lowerBoundOverTails(boolean[] relevant, int screened, int records, int found, int bestSample) {
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
            bound = Math.max(bound, lowerBound(found, relevantInLast[w], records - screened + w, w));
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
