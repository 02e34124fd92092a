package org.evsynth.report.analysis;

/**
 * A subgroup analysis by a column of the study table.
 *
 * @param column the column whose value names each study's subgroup
 * @param tau2 whether each subgroup has its own τ² or all share one
 */
public record Subgroups(String column, Tau2 tau2) {

    /** How τ² is estimated across subgroups (Borenstein et al. 2009, ch. 19). */
    public enum Tau2 {
        /** Within each subgroup: RevMan's and metafor's default for a subgroup analysis. */
        SEPARATE,
        /** One τ², from the mixed-effects model with the subgroup as a categorical moderator. */
        COMMON
    }

    /** Checks the column is named. */
    public Subgroups {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("a subgroup analysis needs the column that names the subgroups");
        }
        if (tau2 == null) {
            throw new IllegalArgumentException("say whether τ² is separate or common across subgroups");
        }
    }
}
