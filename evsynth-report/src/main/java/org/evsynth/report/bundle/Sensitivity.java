package org.evsynth.report.bundle;

/**
 * A sensitivity analysis an outcome asks for.
 *
 * @param kind which analysis
 * @param column for cumulative meta-analysis, the column giving the order (e.g. year); null otherwise
 */
public record Sensitivity(Kind kind, String column) {

    /** The analyses. */
    public enum Kind { LEAVE_ONE_OUT, CUMULATIVE, INFLUENCE }

    /** "leave-one-out", "cumulative:year", "influence". */
    @Override
    public String toString() {
        return switch (kind) {
            case LEAVE_ONE_OUT -> "leave-one-out";
            case CUMULATIVE -> "cumulative:" + column;
            case INFLUENCE -> "influence";
        };
    }
}
