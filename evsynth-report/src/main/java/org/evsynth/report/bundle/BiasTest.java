package org.evsynth.report.bundle;

/** The small-study-bias analyses an outcome asks for (the `evsynth meta` options of the same names). */
public enum BiasTest {
    EGGER("egger"),
    BEGG("begg"),
    PETERS("peters"),
    HARBORD("harbord"),
    TRIM_FILL("trim-fill");

    private final String key;

    BiasTest(String key) {
        this.key = key;
    }

    /** The word in review.yaml. */
    public String key() {
        return key;
    }
}
