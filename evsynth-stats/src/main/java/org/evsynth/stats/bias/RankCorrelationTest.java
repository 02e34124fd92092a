package org.evsynth.stats.bias;

/**
 * Begg and Mazumdar's rank correlation test.
 *
 * @param tau Kendall's tau (tau-b) between standardised effects and their variances
 * @param pValue two-sided p-value: exact without ties (as R's cor.test), normal approximation with ties
 * @param exact whether the p-value is exact
 */
public record RankCorrelationTest(double tau, double pValue, boolean exact) {
}
