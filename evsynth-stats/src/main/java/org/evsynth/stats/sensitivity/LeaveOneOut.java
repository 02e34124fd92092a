package org.evsynth.stats.sensitivity;

/**
 * The analysis re-run without one study. Figures that cannot be computed for the remaining studies are NaN.
 *
 * @param omitted the study left out
 * @param estimate pooled estimate, natural scale
 * @param ciLower lower confidence limit
 * @param ciUpper upper confidence limit
 * @param tau2 τ² of the remaining studies
 * @param i2 I², percent
 * @param q Cochran's Q
 * @param pValue p-value of the test of the pooled effect
 */
public record LeaveOneOut(String omitted, double estimate, double ciLower, double ciUpper, double tau2, double i2,
                          double q, double pValue) {
}
