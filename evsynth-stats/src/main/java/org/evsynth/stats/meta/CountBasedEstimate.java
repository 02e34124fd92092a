package org.evsynth.stats.meta;

/**
 * A common effect pooled directly from 2×2 counts (Mantel-Haenszel or Peto).
 *
 * @param theta the pooled effect on the analysis scale
 * @param variance its variance
 * @param weights each study's weight, unnormalised
 * @param corrected whether a continuity correction had to be added to zero cells
 * @param q Cochran's Q when the method defines its own (Peto), NaN to take it from the study effects
 */
record CountBasedEstimate(double theta, double variance, double[] weights, boolean corrected, double q) {

    /**
     * The estimate from the raw counts when it is finite (a variance of 0 included), otherwise the one with the
     * continuity correction added to the studies with a zero: Mantel-Haenszel estimates need a correction only when
     * every study has a zero in the same place.
     *
     * @param pool the pooling, uncorrected (false) or corrected (true)
     */
    static CountBasedEstimate rawUnlessUndefined(java.util.function.Function<Boolean, CountBasedEstimate> pool) {
        CountBasedEstimate raw = pool.apply(false);
        if (Double.isFinite(raw.theta()) && Double.isFinite(raw.variance()) && raw.variance() >= 0) {
            return raw;
        }
        return pool.apply(true);
    }
}
