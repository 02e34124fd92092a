package org.evsynth.stats.reference;

/**
 * Issue 14's meta-regression items: the common-effect model, every τ² estimator with moderators, tests of
 * coefficients, linear combinations, predictions, likelihood-ratio tests, the residual τ² interval and
 * cluster-robust errors (tools/reference/metareg-fixtures.R).
 */
class MetaRegressionReferenceTest extends MetaforReferenceTest {

    @Override
    String folder() {
        return "metareg";
    }

    @Override
    int atLeast() {
        return 32;
    }
}
