package org.evsynth.app.web.pages;

import java.util.List;

/**
 * A page of the audit log, newest first, filtered by person, stage and dates.
 *
 * @param chrome  the layout
 * @param person  the person filter as typed, or empty
 * @param stage   the stage filter's word, or empty
 * @param from    the first day, YYYY-MM-DD, or empty
 * @param to      the last day, or empty
 * @param people  the review's members, to choose from
 * @param entries the entries of this page
 * @param older   the link to the next page of older entries, or null at the end
 */
public record AuditView(Chrome chrome, String person, String stage, String from, String to, List<String> people,
        List<Row> entries, String older) {

    /** One entry. */
    public record Row(long id, String at, String actor, String action, String entity, String stage, String before,
            String after) {
    }

    public AuditView {
        people = List.copyOf(people);
        entries = List.copyOf(entries);
    }
}
