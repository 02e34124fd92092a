package org.evsynth.report.bundle;

import org.evsynth.report.figure.Favours;

/**
 * The 'Favours ...' texts review.yaml gives a comparison or an outcome ({@code favours_intervention},
 * {@code favours_comparator}), each for one group's side of the forest plot; the side it goes on follows the
 * outcome's direction ({@code higher_is_better}).
 *
 * @param intervention the text for the side that favours group 1, or null for "Favours " and its label
 * @param comparator the text for group 2's side, or null
 */
public record FavoursLabels(String intervention, String comparator) {

    /** No texts given: "Favours " and the group's label. */
    public static final FavoursLabels NONE = new FavoursLabels(null, null);

    /** These texts where given, the fallback's otherwise. */
    public FavoursLabels or(FavoursLabels fallback) {
        return new FavoursLabels(intervention != null ? intervention : fallback.intervention,
                comparator != null ? comparator : fallback.comparator);
    }

    /** The forest plot's texts: given ones, or "Favours " and the group's label, placed by the direction. */
    public Favours place(String interventionLabel, String comparatorLabel, boolean higherIsBetter) {
        return Favours.forGroups(intervention != null ? intervention : "Favours " + interventionLabel,
                comparator != null ? comparator : "Favours " + comparatorLabel, higherIsBetter);
    }

    static FavoursLabels read(Fields f) {
        return new FavoursLabels(f.text("favours_intervention", false), f.text("favours_comparator", false));
    }
}
