package org.evsynth.app.web.api;

import io.javalin.http.Context;
import org.evsynth.app.web.Services;

/**
 * {@code GET /api/status}: the review's PRISMA 2020 counts and what is pending, the same JSON as
 * {@code evsynth status --format json} (both write the review's {@code status().asMap()}).
 */
public final class StatusApi {

    private final Services services;

    public StatusApi(Services services) {
        this.services = services;
    }

    public void status(Context ctx) {
        ctx.json(services.review().status().asMap());
    }
}
