package org.evsynth.stats.regression;

/**
 * One meta-regression coefficient, on the analysis scale.
 *
 * @param name the model-matrix column
 * @param estimate the coefficient
 * @param se its standard error (HKSJ-adjusted when that method is used)
 * @param statistic z or t
 * @param pValue two-sided p-value
 * @param ciLower lower confidence limit
 * @param ciUpper upper confidence limit
 */
public record Coefficient(String name, double estimate, double se, double statistic, double pValue,
                          double ciLower, double ciUpper) {
}
