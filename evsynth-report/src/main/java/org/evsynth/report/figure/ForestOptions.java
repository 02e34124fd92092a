package org.evsynth.report.figure;

import java.util.List;

import org.evsynth.stats.effect.StudyData;

/**
 * What a forest plot shows besides the analysis.
 *
 * @param group1 the experimental group's name, heading its data columns
 * @param group2 the comparator's name
 * @param favoursLeft the text left of the null line under the axis, or null for 'Favours group1'
 * @param favoursRight the text right of it, or null for 'Favours group2'
 * @param arms the studies' data, for the per-group columns (empty: no data columns), matched to the rows by label
 * @param armSubgroups each study's subgroup, parallel to arms, or empty: with subgroups, a label may occur in more
 *                     than one subgroup (one trial reporting several outcomes), and the subgroup tells them apart
 * @param risksOfBias risk-of-bias columns, left to right
 * @param title a title above the plot, or null
 * @param pooled whether to show weights, pooled diamonds, the prediction interval and the tests; false for estimates
 *               shown side by side that must not be pooled (an overview of reviews whose studies overlap)
 */
public record ForestOptions(String group1, String group2, String favoursLeft, String favoursRight,
                            List<StudyData> arms, List<String> armSubgroups, List<RobColumn> risksOfBias,
                            String title, boolean pooled) {

    /** Copies the collections and checks that the subgroups, if given, match the arms one to one. */
    public ForestOptions {
        arms = List.copyOf(arms);
        armSubgroups = List.copyOf(armSubgroups);
        risksOfBias = List.copyOf(risksOfBias);
        if (!armSubgroups.isEmpty() && armSubgroups.size() != arms.size()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d subgroups for %d studies: give one per study, or none", armSubgroups.size(), arms.size()));
        }
    }

    /** Experimental versus control, no data columns, no risk of bias, no title. */
    public static ForestOptions defaults() {
        return new ForestOptions("Experimental", "Control", null, null, List.of(), List.of(), List.of(), null, true);
    }

    /** 'Favours ...' left of the null line: lower values favour group 1 (for harms, as RevMan assumes). */
    String leftFavours() {
        return favoursLeft != null ? favoursLeft : "Favours " + group1;
    }

    /** 'Favours ...' right of the null line. */
    String rightFavours() {
        return favoursRight != null ? favoursRight : "Favours " + group2;
    }
}
