package org.evsynth.records.screening;

/**
 * Where screening stands against the stopping rule, after some records are screened. The hypergeometric test is
 * the rule; the two heuristics are shown beside it and have no recall guarantee.
 *
 * @param settings                 the target, confidence and heuristic threshold used
 * @param records                  records in all
 * @param screened                 records screened
 * @param relevantFound            relevant records (includes and maybes) among them
 * @param pValue                   the hypergeometric test's p-value for "recall is below the target"
 * @param stop                     whether p &lt; 1 - confidence: the target is reached with the stated confidence
 * @param recallEstimate           a point estimate of the recall reached: relevant found over relevant found plus
 *                                 the relevant rate of the most recent tenth of the records screened (at least 50)
 *                                 applied to the unscreened records; conservative under prioritisation, whose
 *                                 recent records are richer in includes than the rest; NaN before any relevant
 *                                 record is found
 * @param recallLowerBound         the recall reached with the stated confidence: the largest target the
 *                                 hypergeometric test rejects "recall below the target" for (0 when none)
 * @param irrelevantSinceRelevant  records screened since the last relevant one (heuristic)
 * @param irrelevantRunStop        whether that run reached the heuristic threshold (heuristic)
 * @param kneeSlopeRatio           the knee method's slope ratio, NaN when there is no knee yet (heuristic)
 * @param kneeStop                 whether the knee method says stop (heuristic)
 */
public record StoppingState(StoppingSettings settings, int records, int screened, int relevantFound, double pValue,
                            boolean stop, double recallEstimate, double recallLowerBound,
                            int irrelevantSinceRelevant, boolean irrelevantRunStop, double kneeSlopeRatio,
                            boolean kneeStop) {
}
