package org.evsynth.review;

import java.time.Instant;

/**
 * A third person's settlement of a conflict at a stage: it overrides the reviewers' decisions (the latest wins).
 *
 * @param decision include or exclude
 * @param reason   the exclusion reason (at full text from the protocol's list), or null
 */
public record Resolution(long id, long record, Stage stage, String resolver, Decision decision, String reason,
        String note, Instant at) {
}
