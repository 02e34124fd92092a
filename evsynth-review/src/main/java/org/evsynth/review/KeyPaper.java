package org.evsynth.review;

import java.time.Instant;

/**
 * A record a reviewer marked as a key paper: a study they already know to be relevant, which trains the screening
 * model as an include and comes first in the queues of the reviewers who have not decided it.
 *
 * @param recordId the record
 * @param markedBy who marked it
 * @param markedAt when
 */
public record KeyPaper(long recordId, String markedBy, Instant markedAt) {
}
