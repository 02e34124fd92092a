package org.evsynth.stats.sensitivity;

/**
 * The pooled analysis of the studies up to and including one, in the cumulative order.
 *
 * @param added the study added at this step
 * @param estimate pooled estimate, natural scale
 * @param ciLower lower confidence limit
 * @param ciUpper upper confidence limit
 * @param tau2 τ² (NaN with one study or a common-effect model)
 * @param i2 I², percent
 */
public record CumulativeStep(String added, double estimate, double ciLower, double ciUpper, double tau2, double i2) {
}
