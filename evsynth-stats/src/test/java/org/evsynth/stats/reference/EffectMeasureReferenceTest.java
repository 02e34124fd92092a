package org.evsynth.stats.reference;

/**
 * Issue 14's effect measures: IRR (inverse variance and Mantel-Haenszel), IRD, IR, IRLN, ROM, AS and PETO by
 * inverse variance, with escalc's zero handling (tools/reference/measures-fixtures.R).
 */
class EffectMeasureReferenceTest extends MetaforReferenceTest {

    @Override
    String folder() {
        return "measures";
    }

    @Override
    int atLeast() {
        return 20;
    }
}
