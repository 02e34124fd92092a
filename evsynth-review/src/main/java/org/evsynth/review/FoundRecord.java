package org.evsynth.review;

import java.util.List;

/**
 * A record a reviewer's search found, with what is theirs about it and nothing of anyone else's.
 *
 * @param record the record
 * @param mine   the viewer's current decision on it at the stage searched, or null
 * @param labels the viewer's own labels on it
 */
public record FoundRecord(ReviewRecord record, ScreeningDecision mine, List<String> labels) {

    public FoundRecord {
        labels = List.copyOf(labels);
    }
}
