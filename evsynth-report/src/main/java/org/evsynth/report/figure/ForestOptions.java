package org.evsynth.report.figure;

import java.util.List;
import java.util.Map;

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
 * @param armTexts each study's cells as written in its table (column to text), parallel to arms, or empty: means
 *                 and SDs are shown with the decimals given ("42.0", not "42")
 * @param risksOfBias risk-of-bias columns, left to right
 * @param title a title above the plot, or null
 * @param pooled whether to show weights, pooled diamonds, the prediction interval and the tests; false for estimates
 *               shown side by side that must not be pooled (an overview of reviews whose studies overlap)
 */
public record ForestOptions(String group1, String group2, String favoursLeft, String favoursRight,
                            List<StudyData> arms, List<String> armSubgroups, List<Map<String, String>> armTexts,
                            List<RobColumn> risksOfBias, String title, boolean pooled) {

    /** Copies the collections and checks that the subgroups, if given, match the arms one to one. */
    public ForestOptions {
        arms = List.copyOf(arms);
        armSubgroups = List.copyOf(armSubgroups);
        armTexts = List.copyOf(armTexts);
        risksOfBias = List.copyOf(risksOfBias);
        if (!armSubgroups.isEmpty() && armSubgroups.size() != arms.size()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d subgroups for %d studies: give one per study, or none", armSubgroups.size(), arms.size()));
        }
        if (!armTexts.isEmpty() && armTexts.size() != arms.size()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%d rows of cells for %d studies: give one per study, or none", armTexts.size(), arms.size()));
        }
    }

    /** Experimental versus control, no data columns, no risk of bias, no title. */
    public static ForestOptions defaults() {
        return new ForestOptions("Experimental", "Control", null, null, List.of(), List.of(), List.of(), List.of(),
                null, true);
    }

    /** These options with the groups' names. */
    ForestOptions withGroups(String name1, String name2) {
        return new ForestOptions(name1, name2, favoursLeft, favoursRight, arms, armSubgroups, armTexts, risksOfBias,
                title, pooled);
    }

    /** These options with the 'Favours' texts (null: from the groups' names). */
    ForestOptions withFavours(String left, String right) {
        return new ForestOptions(group1, group2, left, right, arms, armSubgroups, armTexts, risksOfBias, title,
                pooled);
    }

    /** These options with the studies' data, their subgroups (or none) and no texts. */
    ForestOptions withArms(List<StudyData> data, List<String> subgroups) {
        return new ForestOptions(group1, group2, favoursLeft, favoursRight, data, subgroups, List.of(), risksOfBias,
                title, pooled);
    }

    /** These options with the studies' cells as written, parallel to the arms. */
    ForestOptions withArmTexts(List<Map<String, String>> texts) {
        return new ForestOptions(group1, group2, favoursLeft, favoursRight, arms, armSubgroups, texts, risksOfBias,
                title, pooled);
    }

    /** These options with risk-of-bias columns. */
    ForestOptions withRisksOfBias(List<RobColumn> columns) {
        return new ForestOptions(group1, group2, favoursLeft, favoursRight, arms, armSubgroups, armTexts, columns,
                title, pooled);
    }

    /** These options with a title (null: none). */
    ForestOptions withTitle(String text) {
        return new ForestOptions(group1, group2, favoursLeft, favoursRight, arms, armSubgroups, armTexts, risksOfBias,
                text, pooled);
    }

    /** These options, pooled or side by side. */
    ForestOptions withPooled(boolean value) {
        return new ForestOptions(group1, group2, favoursLeft, favoursRight, arms, armSubgroups, armTexts, risksOfBias,
                title, value);
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
