package org.evsynth.app.web.api;

import io.javalin.http.Context;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.Json;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.Conflicts;

/**
 * Conflicts for scripts, for the owner and the protocol's arbiters: {@code GET /api/conflicts?stage=...} (both stages
 * without it) answers {@code [{"record", "stage", "title", "decisions": [...]}]} with every reviewer's decision;
 * {@code POST /api/conflicts/{record}/resolution} {@code {"stage", "decision", "reason"?, "note"?}} settles one and
 * answers 201 with the settlement, 409 when the record's reviewers do not disagree.
 */
public final class ConflictsApi {

    /** The body of a settlement. */
    record ResolutionBody(String stage, String decision, String reason, String note) {
    }

    private final Services services;

    public ConflictsApi(Services services) {
        this.services = services;
    }

    public void list(Context ctx) {
        String stage = ctx.queryParam("stage");
        ctx.json(services.review().conflicts().list(stage == null || stage.isBlank() ? null
                : Params.stage(stage, "stage", null)).stream().map(c -> ReviewJson.ConflictJson.of(c,
                services.review().record(c.recordId()).record().title())).toList());
    }

    public void resolve(Context ctx) {
        ResolutionBody b = Json.body(ctx, ResolutionBody.class);
        long record = Params.requiredLong(ctx.pathParam("record"), "record");
        ctx.status(201).json(ReviewJson.ResolutionJson.of(services.review().conflicts().resolve(
                Principal.required(ctx).actor(), new Conflicts.Resolve(record, Params.stage(b.stage(), "stage", null),
                        Params.settlement(b.decision(), "decision"), b.reason(), b.note()))));
    }
}
