package org.evsynth.report.bundle;

import org.evsynth.report.analysis.Section;

/** The small-study-bias analyses an outcome asks for (the `evsynth meta` options of the same names). */
public enum BiasTest {
    EGGER(Section.EGGER),
    BEGG(Section.BEGG),
    PETERS(Section.PETERS),
    HARBORD(Section.HARBORD),
    TRIM_FILL(Section.TRIM_FILL);

    private final Section section;

    BiasTest(Section section) {
        this.section = section;
    }

    /** The word in review.yaml. */
    public String key() {
        return section.key();
    }

    /** The section of the analysis plan. */
    public Section section() {
        return section;
    }
}
