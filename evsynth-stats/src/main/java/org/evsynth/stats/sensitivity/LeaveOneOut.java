package org.evsynth.stats.sensitivity;

/**
 * The analysis re-run without one study, as a row of metafor's {@code leave1out}. Figures that cannot be computed
 * for the remaining studies are NaN.
 *
 * @param omitted the study left out
 * @param estimate pooled estimate, natural scale
 * @param ciLower lower confidence limit
 * @param ciUpper upper confidence limit
 * @param tau2 τ² of the remaining studies
 * @param i2 I², percent
 * @param q Cochran's Q
 * @param pValue p-value of the test of the pooled effect
 * @param se standard error of the pooled effect, analysis scale (HKSJ-scaled under HKSJ)
 * @param statistic z or t statistic of the test of the pooled effect
 * @param pQ p-value of Q
 * @param h2 H²
 */
public record LeaveOneOut(String omitted, double estimate, double ciLower, double ciUpper, double tau2, double i2,
                          double q, double pValue, double se, double statistic, double pQ, double h2) {
}
