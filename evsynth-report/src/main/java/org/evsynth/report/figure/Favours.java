package org.evsynth.report.figure;

/**
 * The 'Favours ...' texts under a forest plot's axis, left and right of the line of no effect. RevMan puts the
 * experimental group on the left, which is right for harms (fewer deaths: a risk ratio below 1 favours it); for an
 * outcome where more is better (survival, weaning, soil carbon) an effect above the line favours the experimental
 * group, so its text goes on the right.
 *
 * @param left the text left of the line of no effect (empty for none)
 * @param right the text right of it (empty for none)
 */
public record Favours(String left, String right) {

    /** Null texts are empty. */
    public Favours {
        left = left == null ? "" : left;
        right = right == null ? "" : right;
    }

    /** 'Favours group1' and 'Favours group2', each on the side the outcome's direction gives it. */
    public static Favours of(String group1, String group2, boolean higherIsBetter) {
        return forGroups("Favours " + group1, "Favours " + group2, higherIsBetter);
    }

    /**
     * The text for each group's side, placed by the outcome's direction: group 1's on the left unless higher values
     * are better.
     */
    public static Favours forGroups(String favoursGroup1, String favoursGroup2, boolean higherIsBetter) {
        return higherIsBetter ? new Favours(favoursGroup2, favoursGroup1) : new Favours(favoursGroup1, favoursGroup2);
    }

    /** These texts with either side replaced where a replacement is given (not null). */
    public Favours replacing(String newLeft, String newRight) {
        return new Favours(newLeft != null ? newLeft : left, newRight != null ? newRight : right);
    }
}
