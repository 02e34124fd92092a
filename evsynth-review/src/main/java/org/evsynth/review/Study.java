package org.evsynth.review;

import java.util.List;

/**
 * A study, the unit of analysis, and the reports (records) that describe it.
 *
 * @param reports the ids of the linked records, ascending
 */
public record Study(long id, String label, List<Long> reports) {

    public Study {
        reports = List.copyOf(reports);
    }
}
