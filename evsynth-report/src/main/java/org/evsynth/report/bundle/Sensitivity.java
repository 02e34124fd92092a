package org.evsynth.report.bundle;

import org.evsynth.report.analysis.Section;

/**
 * A sensitivity analysis an outcome asks for.
 *
 * @param kind which analysis
 * @param column for cumulative meta-analysis, the column giving the order (e.g. year); null otherwise
 */
public record Sensitivity(Kind kind, String column) {

    /** The analyses. */
    public enum Kind {
        LEAVE_ONE_OUT(Section.LEAVE_ONE_OUT), CUMULATIVE(Section.CUMULATIVE), INFLUENCE(Section.INFLUENCE);

        private final Section section;

        Kind(Section section) {
            this.section = section;
        }
    }

    /** The section of the analysis plan. */
    public Section section() {
        return kind.section;
    }

    /** "leave-one-out", "cumulative:year", "influence". */
    @Override
    public String toString() {
        return kind == Kind.CUMULATIVE ? section().key() + ":" + column : section().key();
    }
}
