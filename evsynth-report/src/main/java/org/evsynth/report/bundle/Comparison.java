package org.evsynth.report.bundle;

import java.util.List;

/**
 * A comparison of an intervention with a comparator, with its outcomes.
 *
 * @param name the comparison's title
 * @param interventionLabel group 1's name, for "Favours ..." labels and table headings
 * @param comparatorLabel group 2's name
 * @param outcomes the outcomes, in file order
 */
public record Comparison(String name, String interventionLabel, String comparatorLabel, List<Outcome> outcomes) {

    /** Copies the list. */
    public Comparison {
        outcomes = List.copyOf(outcomes);
    }
}
