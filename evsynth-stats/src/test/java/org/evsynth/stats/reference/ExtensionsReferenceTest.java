package org.evsynth.stats.reference;

/**
 * Issue 14's additions (τ² estimators, standard errors and intervals, fit statistics, modified HKSJ, ...) and
 * the engine items of issue 13 (tools/reference/extras-fixtures.R).
 */
class ExtensionsReferenceTest extends MetaforReferenceTest {

    @Override
    String folder() {
        return "extras";
    }

    @Override
    int atLeast() {
        return 65;
    }
}
