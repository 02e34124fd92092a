package org.evsynth.app.web.api;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Json;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.Screening;

/**
 * Screening for scripts: {@code GET /api/screening/next?stage=title-abstract|full-text} answers
 * {@code {"record": {...}}}, or {@code {"record": null}} when nothing is left for this person;
 * {@code POST /api/screening/decisions} {@code {"record", "stage", "decision", "reason"?, "note"?}} answers 201 with
 * the decision as stored, 409 when the record is not at that stage for this person; {@code GET /api/records/{id}}
 * answers the record and the decisions this person may see (the service's blinding); {@code POST
 * /api/screening/key-papers} {@code {"record"}} marks a key paper.
 */
public final class ScreeningApi {

    /** The body of a decision. */
    record DecisionBody(Long record, String stage, String decision, String reason, String note) {
    }

    /** The body of a key paper. */
    /** {@code key_paper} false takes the mark back; absent or true marks. */
    record KeyPaperBody(Long record, Boolean keyPaper) {
    }

    private final Services services;

    public ScreeningApi(Services services) {
        this.services = services;
    }

    public void next(Context ctx) {
        Map<String, Object> body = new HashMap<>();
        body.put("record", services.review().screening().next(Principal.required(ctx).actor(),
                Params.stage(ctx.queryParam("stage"), "stage", null)).map(ReviewJson.RecordJson::of).orElse(null));
        ctx.json(body);
    }

    public void decide(Context ctx) {
        DecisionBody b = Json.body(ctx, DecisionBody.class);
        if (b.record() == null) {
            throw HttpError.badRequest("field 'record' is required");
        }
        ctx.status(201).json(ReviewJson.DecisionJson.of(services.review().screening().decide(
                Principal.required(ctx).actor(), new Screening.Decide(b.record(),
                        Params.stage(b.stage(), "stage", null), Params.vote(b.decision(), "decision"), b.reason(),
                        b.note()))));
    }

    /**
     * {@code POST /api/screening/key-papers} {@code {"record": id}}: marks a key paper (marking one again changes
     * nothing); with {@code "key_paper": false} takes the mark back. 200 {@code {"record", "key_paper"}} (the
     * record's mark now), 404 when the record is not at title and abstract.
     */
    public void markKeyPaper(Context ctx) {
        KeyPaperBody b = Json.body(ctx, KeyPaperBody.class);
        if (b.record() == null) {
            throw HttpError.badRequest("field 'record' is required");
        }
        boolean mark = b.keyPaper() == null || b.keyPaper();
        if (mark) {
            services.review().prioritised().markKeyPaper(Principal.required(ctx).actor(), b.record());
        } else {
            services.review().prioritised().unmarkKeyPapers(Principal.required(ctx).actor(), List.of(b.record()));
        }
        ctx.json(Map.of("record", b.record(), "key_paper", mark));
    }

    public void record(Context ctx) {
        Screening.RecordView view = services.review().screening().record(Principal.required(ctx).actor(),
                Params.requiredLong(ctx.pathParam("id"), "id"));
        ctx.json(Map.of("record", ReviewJson.RecordJson.of(view.record()), "decisions", view.decisions().stream()
                .map(ReviewJson.DecisionJson::of).toList()));
    }
}
