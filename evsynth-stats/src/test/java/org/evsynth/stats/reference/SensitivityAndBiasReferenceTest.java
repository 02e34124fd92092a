package org.evsynth.stats.reference;

/** Sensitivity analyses, small-study bias and meta-regression (tools/reference/bias-fixtures.R). */
class SensitivityAndBiasReferenceTest extends MetaforReferenceTest {

    @Override
    String folder() {
        return "bias";
    }

    @Override
    int atLeast() {
        return 26;
    }
}
