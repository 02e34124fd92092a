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

    /** The ranked-tail signal looks at the tails after the last this-many-minus-one relevant records. */
    private static final int TAIL_RELEVANT = 64;

    private final StoppingSettings settings;
    private volatile LastTest lastTest;

    public StoppingRule(StoppingSettings settings) {
        this.settings = settings;
    }

    public StoppingSettings settings() {
        return settings;
    }

    /**
     * Records screened when screening switched to random sampling ({@link StoppingSettings}): under the ranked-tail
     * signal the first point, from {@code switchRun} records on, where {@link #rankedTailBelow} holds; under the
     * run rule the first point where the last {@link StoppingSettings#switchRunFor} records were irrelevant; in
     * either case at the latest once the latest-switch share of the records is screened. -1 when none has
     * happened (and always under the ranked-tail protocol).
     */
    public int switchPoint(boolean[] relevant, int screened, int records) {
        if (settings.protocol() != StoppingProtocol.RANDOM_SAMPLE) {
            return -1;
        }
        boolean byTail = settings.switchLevel() > 0;
        int run = byTail ? Integer.MAX_VALUE : settings.switchRunFor(records);
        int latest = (int) Math.ceil(settings.latestSwitch() * records - 1e-9);
        int[] relevantAt = new int[TAIL_RELEVANT];
        int found = 0;
        int sinceRelevant = 0;
        for (int d = 1; d <= screened; d++) {
            if (relevant[d - 1]) {
                relevantAt[found++ % TAIL_RELEVANT] = d;
                sinceRelevant = 0;
            } else {
                sinceRelevant++;
            }
            if (sinceRelevant >= run || d >= latest) {
                return d;
            }
            // an include just found only lengthens no tail: the signal can first hold after an irrelevant record
            if (byTail && !relevant[d - 1] && d >= settings.switchRun()
                    && rankedTailBelow(relevantAt, found, d, records, settings.switchLevel())) {
                return d;
            }
        }
        return -1;
    }

    /**
     * Whether buscar's ranked-tail p-value after {@code screened} records is below {@code level} (at most 1/2). For a
     * tail holding k relevant records its p-value falls as the tail grows (each of the K&#770; records H0 puts
     * among the tail and the unscreened is less likely to hide in the unscreened), so the smallest over every tail
     * is that of a tail beginning just after one of the relevant records (or at the first record): only those are
     * computed, for the last {@value #TAIL_RELEVANT} relevant records.
     *
     * @param relevantAt records screened when each of the last relevant records was found, a ring of the last
     *                   {@value #TAIL_RELEVANT} ({@code found} in all)
     */
    private boolean rankedTailBelow(int[] relevantAt, int found, int screened, int records, double level) {
        int tails = Math.min(found, TAIL_RELEVANT - 1);
        for (int k = 0; k <= tails; k++) {
            // the tail after the (k + 1)-th most recent relevant record holds k of them; past them, every record
            int begin = k < found ? relevantAt[(found - 1 - k) % TAIL_RELEVANT] : 0;
            int sample = screened - begin;
            int urn = records - begin;
            int underNull = HypergeometricStoppingTest.relevantUnderNull(found, found - k, settings.targetRecall());
            // a count at least one above the mean lies at or above the median: its p-value is at least 1/2
            if (k >= (double) sample * underNull / urn + 1) {
                continue;
            }
            if (Hypergeometric.cdfUpTo(k, urn, underNull, sample, level) < level) {
                return true;
            }
        }
        return false;
    }

    /**
     * The p-value of a random sample: n records drawn at random from the {@code urn} records unscreened when
     * sampling began, {@code relevantInSample} of them relevant, {@code relevantBefore} found before. The paper's
     * test made exact for a test repeated after every record ({@link SequentialSampleTest}).
     */
    public double samplePValue(int urn, int sample, int relevantInSample, int relevantBefore) {
        return sampleTest(urn, relevantBefore).pValue(sample, relevantInSample);
    }

    /**
     * The sequential test of one random sample, for a caller that follows the sample record by record. The last
     * one is kept: a screener evaluates the same sample again and again as it grows, and the test's boundaries
     * are computed once for each count of relevant records.
     */
    SequentialSampleTest sampleTest(int urn, int relevantBefore) {
        LastTest last = lastTest;
        if (last != null && last.urn() == urn && last.relevantBefore() == relevantBefore) {
            return last.test();
        }
        SequentialSampleTest test = new SequentialSampleTest(urn, relevantBefore, settings.targetRecall(),
                settings.alpha());
        lastTest = new LastTest(urn, relevantBefore, test);
        return test;
    }

    private record LastTest(int urn, int relevantBefore, SequentialSampleTest test) {
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
            bound = sample == 0 ? 0 : sampleLowerBound(records - start, sample, inSample, found - inSample,
                    p < settings.alpha());
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
     * The largest recall the random sample shows with the stated confidence at this look: the paper's bound
     * ({@link #lowerBound}), held below the target until the sequential test says stop, so that the two agree
     * there (the sequential test asks for more than one look does, never less).
     */
    private double sampleLowerBound(int urn, int sample, int inSample, int before, boolean stops) {
        double bound = lowerBound(before + inSample, inSample, urn, sample);
        double target = settings.targetRecall();
        return stops ? Math.max(bound, target) : Math.min(bound, Math.nextDown(target));
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
