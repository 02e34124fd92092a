package org.evsynth.app.web.api;

import io.javalin.http.Context;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.security.Blinding;
import org.evsynth.review.ReviewStatus;

/**
 * {@code GET /api/status}: the review's PRISMA 2020 counts and what is pending, the same JSON as
 * {@code evsynth status --format json} (both write the review's {@code status().asMap()}), except that a reviewer
 * sees the agreement of their own pairs only ({@link ReviewStatus#blindedFor}), for blinding.
 */
public final class StatusApi {

    private final Services services;

    public StatusApi(Services services) {
        this.services = services;
    }

    public void status(Context ctx) {
        ctx.json(Blinding.status(ctx, services.review().status()).asMap());
    }
}
