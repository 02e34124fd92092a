package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.Conflict;
import org.evsynth.review.Conflicts;
import org.evsynth.review.Decision;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.RefusedException;
import org.evsynth.review.Resolution;
import org.evsynth.review.Stage;

/**
 * The conflicts, for the owner and the protocol's arbiters: {@code GET /conflicts?stage=} lists the records whose
 * reviewers disagree with every decision; {@code POST /conflicts/resolve} settles the records named (one, or
 * several ticked at once) in one transaction, all or none; the page that follows offers to take that settlement
 * back ({@code POST /conflicts/undo}), which opens the conflicts again.
 */
public final class ConflictsPage {

    private final Services services;
    private final Templates templates;

    public ConflictsPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        List<Long> settled = new ArrayList<>();
        for (String id : ctx.queryParams("settled")) {
            settled.add(Params.requiredLong(id, "settled"));
        }
        render(ctx, Params.stage(ctx.queryParam("stage"), "stage", Stage.TITLE_ABSTRACT), settled, null);
    }

    public void resolve(Context ctx) {
        Stage stage = Params.stage(ctx.formParam("stage"), "stage", null);
        List<String> records = ctx.formParams("record");
        if (records.isEmpty()) {
            throw HttpError.badRequest("field 'record': tick at least one record to settle");
        }
        Decision decision = Params.settlement(ctx.formParam("decision"), "decision");
        List<Conflicts.Resolve> commands = new ArrayList<>();
        for (String r : records) {
            commands.add(new Conflicts.Resolve(Params.requiredLong(r, "record"), stage, decision,
                    ctx.formParam("reason"), ctx.formParam("note")));
        }
        List<Resolution> settled;
        try {
            settled = services.review().conflicts().resolveAll(Principal.required(ctx).actor(), commands);
        } catch (RefusedException | InvalidInputException e) {
            ctx.status(e instanceof RefusedException ? 409 : 400);
            render(ctx, stage, List.of(), e.getMessage() + " (nothing was settled)");
            return;
        }
        Chrome.leaveNotice(ctx, String.format(Locale.ROOT, "Settled %d conflict%s: %s.", commands.size(),
                commands.size() == 1 ? "" : "s", decision.id()));
        ctx.redirect("/conflicts?stage=" + stage.id() + settled.stream().map(r -> "&settled=" + r.id())
                .collect(Collectors.joining()), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /conflicts/undo} with the settlements ({@code resolution}) to take back, all or none. */
    public void undo(Context ctx) {
        Stage stage = Params.stage(ctx.formParam("stage"), "stage", null);
        List<Long> resolutions = new ArrayList<>();
        for (String id : ctx.formParams("resolution")) {
            resolutions.add(Params.requiredLong(id, "resolution"));
        }
        if (resolutions.isEmpty()) {
            throw HttpError.badRequest("field 'resolution': name the settlement to take back");
        }
        List<Long> records;
        try {
            records = services.review().conflicts().undoAll(Principal.required(ctx).actor(), resolutions);
        } catch (RefusedException e) {
            ctx.status(409);
            render(ctx, stage, List.of(), e.getMessage() + " (nothing was taken back)");
            return;
        }
        Chrome.leaveNotice(ctx, "Taken back: record" + (records.size() == 1 ? " " : "s ") + records.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + " in conflict again.");
        ctx.redirect("/conflicts?stage=" + stage.id(), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Stage stage, List<Long> settled, String error) {
        List<Conflict> all = services.review().conflicts().list(null);
        List<ConflictsView.StageCount> counts = new ArrayList<>();
        for (Stage s : Stage.values()) {
            counts.add(new ConflictsView.StageCount(s.id(), s == Stage.TITLE_ABSTRACT ? "Title and abstract"
                    : "Full text", (int) all.stream().filter(c -> c.stage() == s).count()));
        }
        List<ConflictsView.Row> rows = all.stream().filter(c -> c.stage() == stage)
                .map(c -> new ConflictsView.Row(c.recordId(), title(c.recordId()), c.decisions().stream()
                        .map(DecisionLine::of).toList())).toList();
        Chrome chrome = Chrome.of(ctx, services.reviewTitle(), "Conflicts");
        templates.render(ctx, "conflicts.jte", new ConflictsView(error == null ? chrome : chrome.withError(error),
                stage.id(), counts, rows, services.review().protocol().exclusionReasons(), settled));
    }

    private String title(long record) {
        String t = services.review().record(record).record().title();
        return t == null ? "(no title)" : t;
    }
}
