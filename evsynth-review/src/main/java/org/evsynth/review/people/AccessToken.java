package org.evsynth.review.people;

import java.time.Instant;

/**
 * A bearer token an owner created for a member, for scripts; the secret itself is known only to whoever was shown
 * it at creation ({@link IssuedToken}).
 *
 * @param id         the token's id
 * @param memberId   whose token it is
 * @param memberName their name
 * @param label      what it is for ("nightly import")
 * @param createdAt  when it was created
 * @param createdBy  who created it
 */
public record AccessToken(long id, long memberId, String memberName, String label, Instant createdAt,
        String createdBy) {
}
