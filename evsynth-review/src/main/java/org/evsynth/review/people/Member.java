package org.evsynth.review.people;

import java.time.Instant;

/**
 * A person who may open the review. The password hash is not part of it: it never leaves the store.
 *
 * @param id      the member's id, never reused
 * @param name    the name they sign in with, and under which their decisions and changes are recorded
 * @param role    what they may do
 * @param addedAt when they were added
 * @param addedBy who added them
 */
public record Member(long id, String name, Role role, Instant addedAt, String addedBy) {
}
