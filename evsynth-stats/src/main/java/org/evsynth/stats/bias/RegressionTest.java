package org.evsynth.stats.bias;

/**
 * A regression test for funnel-plot asymmetry.
 *
 * @param bias the coefficient that measures asymmetry (analysis scale)
 * @param biasSe its standard error
 * @param statistic t = bias / SE
 * @param df degrees of freedom, k - 2
 * @param pValue two-sided p-value
 * @param limitEstimate the effect as the standard error goes to zero (Egger's test only; NaN otherwise), on the
 *                      analysis scale
 * @param limitSe its standard error (NaN where not defined)
 */
public record RegressionTest(double bias, double biasSe, double statistic, int df, double pValue,
                             double limitEstimate, double limitSe) {
}
