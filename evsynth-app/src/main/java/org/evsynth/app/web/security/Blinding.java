package org.evsynth.app.web.security;

import io.javalin.http.Context;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.people.Role;

/**
 * What of the review's counts a member may see under blinding: a reviewer sees the agreement of the pairs they
 * belong to only ({@link ReviewStatus#blindedFor}); the owner, who settles conflicts, and viewers, who screen
 * nothing, see every pair. The screening decisions themselves are blinded by the review's service where they are
 * read.
 */
public final class Blinding {

    private Blinding() {
    }

    public static ReviewStatus status(Context ctx, ReviewStatus status) {
        Principal p = Principal.required(ctx);
        return p.role() == Role.REVIEWER ? status.blindedFor(p.name()) : status;
    }
}
