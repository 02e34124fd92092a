package org.evsynth.report.bundle;

/** What an outcome's rows are and what the report does with them. */
public enum OutcomeKind {
    /** Studies to pool: a forest plot with a diamond, heterogeneity, sensitivity and bias analyses. */
    META_ANALYSIS("meta-analysis"),
    /** One study: its own estimate, no pooling and no heterogeneity. */
    SINGLE_STUDY("single-study"),
    /**
     * Estimates that must not be pooled, such as the pooled results of overlapping published meta-analyses (an
     * overview of reviews): drawn side by side without a diamond. With {@code by}, each group's rows may still be
     * compared by the test for subgroup differences.
     */
    OVERVIEW("overview");

    private final String key;

    OutcomeKind(String key) {
        this.key = key;
    }

    /** The word in review.yaml. */
    public String key() {
        return key;
    }
}
