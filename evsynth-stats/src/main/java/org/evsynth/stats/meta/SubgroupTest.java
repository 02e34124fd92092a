package org.evsynth.stats.meta;

/**
 * The test for subgroup differences: Cochran's Q between the subgroup estimates, each weighted by the
 * inverse of its squared standard error (Borenstein et al. 2009, ch. 19; RevMan's "test for subgroup differences").
 *
 * @param q Q between subgroups
 * @param df number of subgroups - 1
 * @param pValue the chi-square p-value
 */
public record SubgroupTest(double q, int df, double pValue) {
}
