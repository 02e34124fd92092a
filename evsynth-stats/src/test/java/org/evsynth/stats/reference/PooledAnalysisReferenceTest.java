package org.evsynth.stats.reference;

/** The pooled analysis: effect sizes, pooling, heterogeneity, subgroups (tools/reference/meta-fixtures.R). */
class PooledAnalysisReferenceTest extends MetaforReferenceTest {

    @Override
    String folder() {
        return "meta";
    }

    @Override
    int atLeast() {
        return 52;
    }
}
