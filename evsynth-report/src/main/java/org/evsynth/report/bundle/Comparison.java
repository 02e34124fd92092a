package org.evsynth.report.bundle;

import java.util.List;

import org.evsynth.report.figure.Favours;

/**
 * A comparison of an intervention with a comparator, with its outcomes.
 *
 * @param name the comparison's title
 * @param interventionLabel group 1's name, for "Favours ..." labels and table headings
 * @param comparatorLabel group 2's name
 * @param favours the 'Favours ...' texts given for the comparison's outcomes (each outcome may give its own)
 * @param outcomes the outcomes, in file order
 */
public record Comparison(String name, String interventionLabel, String comparatorLabel, FavoursLabels favours,
                         List<Outcome> outcomes) {

    /** Copies the list. */
    public Comparison {
        outcomes = List.copyOf(outcomes);
        favours = favours == null ? FavoursLabels.NONE : favours;
    }

    /**
     * The 'Favours ...' texts of one of its outcomes' forest plots: the outcome's, else the comparison's, else
     * "Favours " and the group's label; group 1's on the right when higher values of the outcome are better.
     */
    public Favours favours(Outcome outcome) {
        return outcome.favours().or(favours).place(interventionLabel, comparatorLabel, outcome.higherIsBetter());
    }
}
