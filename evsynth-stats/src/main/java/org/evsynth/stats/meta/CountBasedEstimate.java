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
}
