package org.evsynth.review;

import java.time.Instant;

/**
 * One screening decision as recorded. A reviewer's later decision on the same record and stage replaces the
 * earlier one; both stay in the table and the audit log.
 *
 * @param reason the exclusion reason (required at full text, from the protocol's list), or null
 * @param note   the reviewer's note, or null
 */
public record ScreeningDecision(long id, long recordId, Stage stage, String reviewer, Decision decision,
        String reason, String note, Instant at) {
}
