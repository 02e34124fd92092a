package org.evsynth.stats.regression;

import java.util.List;

/**
 * A meta-regression's coefficients with cluster-robust standard errors (see {@link ClusterRobust}).
 *
 * @param clusters the number of clusters n
 * @param df n - p, the degrees of freedom of every t and F test
 * @param coefficients each coefficient with its robust SE, t test and CI
 * @param qm the F statistic of the moderators' omnibus test, NaN without moderators
 * @param qmDf its numerator degrees of freedom
 * @param qmDf2 its denominator degrees of freedom, n - p
 * @param qmP its p-value
 */
public record ClusterRobustResult(int clusters, int df, List<Coefficient> coefficients, double qm, int qmDf,
                                  int qmDf2, double qmP) {

    /** Copies the list. */
    public ClusterRobustResult {
        coefficients = List.copyOf(coefficients);
    }
}
