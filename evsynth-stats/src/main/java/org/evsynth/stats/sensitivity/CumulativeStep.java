package org.evsynth.stats.sensitivity;

/**
 * The pooled analysis of the studies up to and including one (or, collapsed, one group of studies with the same
 * value of the order), in the cumulative order.
 *
 * @param added the study added at this step, or the value of the order shared by the group added
 * @param estimate pooled estimate, natural scale
 * @param ciLower lower confidence limit
 * @param ciUpper upper confidence limit
 * @param tau2 τ² (NaN with one study or a common-effect model)
 * @param i2 I², percent
 * @param k studies pooled at this step
 */
public record CumulativeStep(String added, double estimate, double ciLower, double ciUpper, double tau2, double i2,
                             int k) {
}
