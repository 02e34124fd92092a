package org.evsynth.records.screening;

/**
 * The stopping criterion of Callaghan &amp; Müller-Hansen (2020, Systematic Reviews 9:254), in the form of their
 * {@code buscar} package's {@code calculate_h0}. The null hypothesis is that recall is still below the target
 * &tau;: that more than r_seen / &tau; relevant records exist. Take the last w records screened as a sample
 * drawn without replacement from the records that were unscreened before them (the sample plus the records still
 * unscreened); if H0 holds, at least K&#770; = &lfloor;r_seen / &tau;&rfloor; + 1 - r_before of those were
 * relevant, r_before being the relevant records found before the sample. The p-value of the sample is the
 * hypergeometric probability of finding k_w or fewer relevant records in it, and the test's p-value is the
 * smallest over every w. A prioritised order puts likely includes first, so the last records screened are richer
 * in includes than a random sample of the rest would be: treating them as random overstates what remains, which
 * makes the test conservative. Stop when p &lt; 1 - confidence.
 *
 * <p>{@link #samplePValue} is the p-value of one look at a random sample. A team that tests after every record
 * looks many times; {@link SequentialSampleTest} keeps the stated error rate over all the looks, and is what the
 * random-sample protocol stops on.
 */
public final class HypergeometricStoppingTest {

    private HypergeometricStoppingTest() {
    }

    /**
     * K&#770;: the fewest relevant records the urn must hold for recall to be below the target.
     *
     * @param relevantSeen   r_seen, relevant records found in all
     * @param relevantBefore r_before, those found before the sample began
     */
    public static int relevantUnderNull(int relevantSeen, int relevantBefore, double targetRecall) {
        // 1e-9 guards the floor against 19 / 0.95 = 19.999999999999996 in binary
        return (int) Math.floor(relevantSeen / targetRecall + 1e-9) + 1 - relevantBefore;
    }

    /**
     * The p-value of one sample: P(X &le; k) for X hypergeometric with K&#770; relevant among the urn.
     *
     * @param urn            records unscreened when the sample began (sample included)
     * @param sample         records in the sample
     * @param relevantSample relevant records in the sample
     * @param relevantSeen   relevant records found in all
     */
    public static double samplePValue(int urn, int sample, int relevantSample, int relevantSeen,
                                      double targetRecall) {
        int relevantUnderNull = relevantUnderNull(relevantSeen, relevantSeen - relevantSample, targetRecall);
        return Hypergeometric.cdf(relevantSample, urn, relevantUnderNull, sample);
    }

    /**
     * The test's p-value after screening: the smallest sample p-value over the last w records, w = 1..screened.
     *
     * @param relevant whether each record screened, in screening order, was relevant
     * @param screened how many of them to consider
     * @param records  the number of records in all, screened or not
     */
    public static double pValue(boolean[] relevant, int screened, int records, double targetRecall) {
        return smallest(relevant, screened, records, targetRecall, Double.NEGATIVE_INFINITY).pValue();
    }

    /** Whether the test rejects H0 at this level: faster than {@link #pValue}, as it stops at the first sample. */
    public static boolean rejects(boolean[] relevant, int screened, int records, double targetRecall, double alpha) {
        return smallest(relevant, screened, records, targetRecall, alpha).pValue() < alpha;
    }

    /** The smallest p-value and the sample size giving it; stops early once a p-value is below {@code enough}. */
    static Smallest smallest(boolean[] relevant, int screened, int records, double targetRecall, double enough) {
        int seen = 0;
        for (int i = 0; i < screened; i++) {
            seen += relevant[i] ? 1 : 0;
        }
        double best = 1;
        int bestSample = screened;
        int inSample = 0;
        for (int w = 1; w <= screened; w++) {
            inSample += relevant[screened - w] ? 1 : 0;
            int urn = records - screened + w;
            int underNull = relevantUnderNull(seen, seen - inSample, targetRecall);
            // A count at least one above the mean n K / N is at or above the median (a hypergeometric median lies
            // within one of the mean), so its tail probability is at least one half: such a sample cannot give the
            // smallest p-value once one below a half is known. This skips most samples of a long screening.
            double cap = enough > 0 ? Math.min(best, enough) : best;
            if (cap < 0.5 && inSample >= (double) w * underNull / urn + 1) {
                continue;
            }
            // a sum above the best so far (or above the level, when only rejection matters) cannot win
            double p = Hypergeometric.cdfUpTo(inSample, urn, underNull, w, cap);
            if (p < best) {
                best = p;
                bestSample = w;
                if (best < enough) {
                    break;
                }
            }
        }
        return new Smallest(best, bestSample);
    }

    /** The smallest p-value and the size of the sample (the last records screened) that gives it. */
    record Smallest(double pValue, int sample) {
    }
}
