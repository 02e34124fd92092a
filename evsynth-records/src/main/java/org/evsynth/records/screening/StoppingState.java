package org.evsynth.records.screening;

/**
 * Where screening stands against the stopping rule, after some records are screened. The hypergeometric test is
 * the rule; the ranked-tail p-value and the two heuristics are shown beside it and carry no guarantee.
 *
 * @param settings                 the target, confidence, protocol and thresholds used
 * @param records                  records in all
 * @param screened                 records screened
 * @param relevantFound            relevant records (includes and maybes) among them
 * @param pValue                   the rule's p-value for "recall is below the target": under
 *                                 {@link StoppingProtocol#RANDOM_SAMPLE} that of the random sample, valid for a
 *                                 test repeated after every record ({@link SequentialSampleTest}; 1 before
 *                                 sampling starts), under {@link StoppingProtocol#RANKED_TAIL} the ranked tail's
 * @param stop                     whether p &lt; 1 - confidence: the target is reached with the stated confidence
 * @param recallEstimate           a point estimate of the recall reached: from the random sample's rate of
 *                                 relevant records once sampling has started; before, from the rate in the most
 *                                 recent tenth of the records screened (at least 50), conservative under
 *                                 prioritisation; NaN before any relevant record is found
 * @param recallLowerBound         the recall reached with the stated confidence: the largest target the test
 *                                 rejects "recall below the target" for at this look (0 when none); on a random
 *                                 sample held below the target until the sequential test says stop
 * @param sampleStart              records screened when random sampling began; -1 before (and under the ranked
 *                                 tail protocol, which never samples)
 * @param sampleSize               records screened since then, in the random order
 * @param sampleRelevant           relevant records among them
 * @param rankedTailPValue         buscar's p-value, the last records screened taken as a sample (an indication: it
 *                                 holds only if the ranking put the includes first)
 * @param irrelevantSinceRelevant  records screened since the last relevant one (heuristic)
 * @param irrelevantRunStop        whether that run reached the heuristic threshold (heuristic)
 * @param kneeSlopeRatio           the knee method's slope ratio, NaN when there is no knee yet (heuristic)
 * @param kneeStop                 whether the knee method says stop (heuristic)
 */
public record StoppingState(StoppingSettings settings, int records, int screened, int relevantFound, double pValue,
                            boolean stop, double recallEstimate, double recallLowerBound, int sampleStart,
                            int sampleSize, int sampleRelevant, double rankedTailPValue,
                            int irrelevantSinceRelevant, boolean irrelevantRunStop, double kneeSlopeRatio,
                            boolean kneeStop) {

    /** Whether the team should now screen in the random order (random sampling has begun). */
    public boolean sampling() {
        return sampleStart >= 0;
    }
}
