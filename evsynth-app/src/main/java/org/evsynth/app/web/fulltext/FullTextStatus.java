package org.evsynth.app.web.fulltext;

import org.evsynth.review.FullTextReport;
import org.evsynth.review.StageOutcome;

/**
 * Where a report stands at full text, in words and as a word for styles and filters.
 *
 * @param kind  not-retrieved, pending, conflict, included or excluded
 * @param label what a person reads: "Excluded: wrong population"
 */
public record FullTextStatus(String kind, String label) {

    static FullTextStatus of(FullTextReport r) {
        if (r.notRetrieved()) {
            return new FullTextStatus("not-retrieved", "Not retrieved");
        }
        StageOutcome o = r.outcome();
        return switch (o.status()) {
            case PENDING -> new FullTextStatus("pending", "Awaiting decisions");
            case CONFLICT -> new FullTextStatus("conflict", "Conflict: the reviewers disagree");
            case INCLUDED -> new FullTextStatus("included", "Included");
            case EXCLUDED -> new FullTextStatus("excluded", "Excluded" + (o.reason() == null ? "" : ": "
                    + o.reason()));
        };
    }
}
