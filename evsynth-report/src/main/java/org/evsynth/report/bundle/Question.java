package org.evsynth.report.bundle;

import java.util.List;

/**
 * The review question in PICO form.
 *
 * @param population who
 * @param intervention what is tested
 * @param comparator against what
 * @param outcomes the outcomes that matter, as the protocol lists them
 * @param setting where ("" if not stated)
 */
public record Question(String population, String intervention, String comparator, List<String> outcomes,
                       String setting) {

    /** Copies the list. */
    public Question {
        outcomes = List.copyOf(outcomes);
    }
}
