package org.evsynth.stats.meta;

/**
 * The pooled effect. Figures that do not apply are NaN.
 *
 * @param theta the estimate on the analysis scale (log for ratios)
 * @param se its standard error (HKSJ-adjusted when the HKSJ method is used)
 * @param estimate the estimate on the natural scale
 * @param ciLower lower confidence limit, natural scale
 * @param ciUpper upper confidence limit, natural scale
 * @param statistic the z or t statistic for the test of no effect on the analysis scale
 * @param pValue its two-sided p-value
 * @param df degrees of freedom of the t distribution, or NaN for a z test
 */
public record PooledEffect(double theta, double se, double estimate, double ciLower, double ciUpper,
                           double statistic, double pValue, double df) {
}
