package org.evsynth.report.grade;

/** The design of the studies behind an outcome, which sets GRADE's starting certainty. */
public enum StudyDesign {
    RANDOMISED("randomised"),
    NON_RANDOMISED("non-randomised");

    private final String key;

    StudyDesign(String key) {
        this.key = key;
    }

    /** The word used in review.yaml. */
    public String key() {
        return key;
    }
}
