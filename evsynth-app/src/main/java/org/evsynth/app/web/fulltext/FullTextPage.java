package org.evsynth.app.web.fulltext;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.http.Uploads;
import org.evsynth.app.web.pages.Acting;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.Attachments;
import org.evsynth.review.Decision;
import org.evsynth.review.FullText;
import org.evsynth.review.FullTextReport;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.ReviewException;
import org.evsynth.review.ReviewRecord;
import org.evsynth.review.Screening;
import org.evsynth.review.Stage;

/**
 * The full-text stage: {@code GET /full-text} lists the reports sought for retrieval; {@code GET /full-text/{id}}
 * shows one with its files and the decisions blinding lets the member see; a reviewer records it as retrieved or
 * not, attaches a PDF, and decides (include, or exclude with a reason from the protocol's list; undo).
 * {@code GET /full-text/next} opens the next report awaiting the member. A refused change shows the page again with
 * the reason, the field marked and what was typed kept; a change done redirects, so reloading repeats nothing.
 */
public final class FullTextPage {

    private static final String LIST = "/full-text";
    /**
     * The types a browser gives a PDF: its own, an old alias, and the generic type some send for a name without
     * .pdf. The review checks the bytes whatever the type; a type that says something else (text/html) is refused
     * before that.
     */
    private static final Set<String> PDF_TYPES = Set.of(Attachments.PDF, "application/x-pdf",
            "application/octet-stream");

    private final Services services;
    private final Templates templates;

    public FullTextPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void list(Context ctx) {
        String viewer = Acting.actor(ctx).name();
        templates.render(ctx, "fulltext/list.jte", FullTextListView.of(chrome(ctx, "Full text"),
                services.review().fullText().reports(Acting.actor(ctx)), viewer, ctx.queryParam("show")));
    }

    public void show(Context ctx) {
        long id = id(ctx);
        FullTextReport report = services.review().fullText().report(Acting.actor(ctx), id);
        render(ctx, report, chrome(ctx, title(id)), FullTextView.Form.of(report, Acting.actor(ctx).name()));
    }

    public void next(Context ctx) {
        Optional<ReviewRecord> next = services.review().screening().next(Acting.actor(ctx), Stage.FULL_TEXT);
        if (next.isPresent()) {
            ctx.redirect(LIST + "/" + next.get().id(), HttpStatus.SEE_OTHER);
        } else {
            Acting.done(ctx, "No report is waiting for your full-text decision.", LIST + "?show=todo");
        }
    }

    public void decide(Context ctx) {
        long id = id(ctx);
        String word = ctx.formParam("decision");
        FullTextView.Form sent = new FullTextView.Form(word == null ? "" : word, nz(ctx.formParam("reason")),
                nz(ctx.formParam("note")), null);
        try {
            Screening screening = services.review().screening();
            if ("undo".equals(word)) {
                screening.withdraw(Acting.actor(ctx), id, Stage.FULL_TEXT);
                Acting.done(ctx, "Your full-text decision was taken back.", LIST + "/" + id);
                return;
            }
            Decision decision = decision(word);
            screening.decide(Acting.actor(ctx), new Screening.Decide(id, Stage.FULL_TEXT, decision,
                    decision == Decision.EXCLUDE ? sent.reason() : null, sent.note()));
            Acting.done(ctx, "Your decision: " + decision.id() + (decision == Decision.EXCLUDE ? " ("
                    + sent.reason() + ")" : "") + ".", LIST + "/" + id);
        } catch (ReviewException e) {
            refuse(ctx, id, e, new FullTextView.Form(sent.decision(), sent.reason(), sent.note(),
                    e instanceof InvalidInputException invalid ? invalid.field() : null));
        }
    }

    public void retrieval(Context ctx) {
        long id = id(ctx);
        boolean retrieved = "yes".equals(ctx.formParam("retrieved"));
        if (!retrieved && !"no".equals(ctx.formParam("retrieved"))) {
            throw HttpError.badRequest("field 'retrieved' must be yes or no");
        }
        change(ctx, id, () -> services.review().fullText().record(Acting.actor(ctx), new FullText.Retrieval(id,
                retrieved)), retrieved ? "Recorded as retrieved." : "Recorded as not retrieved.");
    }

    public void attach(Context ctx) {
        long id = id(ctx);
        Uploads.Upload file = Uploads.file(ctx, "file");
        change(ctx, id, () -> {
            if (!PDF_TYPES.contains(file.contentType())) {
                throw new InvalidInputException("file", String.format(Locale.ROOT, "the browser sent the file as "
                        + "%s; attach the article as a PDF file", file.contentType().isEmpty() ? "no type"
                        : "'" + file.contentType() + "'"));
            }
            services.review().attachments().attach(Acting.actor(ctx), new Attachments.Attach(id, file.fileName(),
                    file.content()));
        }, "The full text was attached.");
    }

    private void change(Context ctx, long id, Runnable work, String notice) {
        try {
            work.run();
            Acting.done(ctx, notice, LIST + "/" + id);
        } catch (ReviewException e) {
            refuse(ctx, id, e, null);
        }
    }

    private void refuse(Context ctx, long id, ReviewException e, FullTextView.Form form) {
        String message = Acting.refused(ctx, services, e);
        FullTextReport report;
        try {
            report = services.review().fullText().report(Acting.actor(ctx), id);
        } catch (ReviewException notSought) {
            throw e;
        }
        render(ctx, report, chrome(ctx, title(id)).withError(message), form != null ? form
                : new FullTextView.Form("", "", "", e instanceof InvalidInputException i ? i.field() : null));
    }

    private void render(Context ctx, FullTextReport report, Chrome chrome, FullTextView.Form form) {
        templates.render(ctx, "fulltext/record.jte", FullTextView.of(chrome, report, Acting.actor(ctx).name(),
                services.review().protocol().exclusionReasons(), Acting.mayWrite(ctx), Uploads.LIMIT_BYTES, form));
    }

    private Chrome chrome(Context ctx, String title) {
        return Acting.chrome(ctx, services, title);
    }

    private static String title(long id) {
        return "Full text of record " + id;
    }

    private static Decision decision(String word) {
        if ("include".equals(word)) {
            return Decision.INCLUDE;
        }
        if ("exclude".equals(word)) {
            return Decision.EXCLUDE;
        }
        throw new InvalidInputException("decision", "choose include or exclude");
    }

    static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
