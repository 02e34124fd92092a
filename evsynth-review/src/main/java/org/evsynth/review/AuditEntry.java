package org.evsynth.review;

import java.time.Instant;

/**
 * One line of the append-only audit log.
 *
 * @param id       position in the log, increasing
 * @param at       when
 * @param actor    who
 * @param action   what ("import", "screen", "resolve-conflict", "dedup-merge", "withdraw-search", ...)
 * @param entity   the kind of thing changed ("record", "search", "study", ...)
 * @param entityId its id
 * @param stage    the screening stage the change concerns, or null
 * @param before   its state before, as JSON, or null when it is new
 * @param after    its state after, as JSON
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String entityId,
        Stage stage, String before, String after) {
}
