package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.Labels;
import org.evsynth.review.RecordFilter;
import org.evsynth.review.RefusedException;
import org.evsynth.review.ReviewException;
import org.evsynth.review.Screening;
import org.evsynth.review.ScreeningDecision;
import org.evsynth.review.ScreeningStop;
import org.evsynth.review.Stage;
import org.evsynth.review.people.Role;

/**
 * Title-and-abstract screening, one record at a time: {@code GET /screening} shows the reviewer's next record (after
 * a skipped one with {@code after}, or one asked for with {@code record}); {@code POST /screening/decisions} records
 * a decision, {@code POST /screening/undo} takes one back, {@code POST /screening/labels} puts a label on or off and
 * {@code POST /screening/key-papers} marks a key paper.
 * In priority order the page says why the record comes now, and the owner sees the stopping rule's state and may
 * stop screening by it ({@code POST /screening/stop}, {@link PriorityNotes}).
 * Each change redirects, so a reload repeats nothing; a refused one shows the record again with the reason. Blinding
 * is the service's: the page shows the decisions {@code Screening.record} returns for the viewer, no others.
 */
public final class ScreeningPage {

    private static final Stage STAGE = Stage.TITLE_ABSTRACT;
    private static final String PAGE = "/screening";
    private static final int SEARCH_LIMIT = 200;

    private final Services services;
    private final Templates templates;
    private final TermsCache terms = new TermsCache();

    public ScreeningPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        render(ctx, Params.optionalLong(ctx.queryParam("record"), "record"),
                Params.optionalLong(ctx.queryParam("after"), "after"),
                Params.optionalLong(ctx.queryParam("last"), "last"), null);
    }

    public void decide(Context ctx) {
        long record = Params.requiredLong(ctx.formParam("record"), "record");
        Decision decision = Params.vote(ctx.formParam("decision"), "decision");
        Long after = Params.optionalLong(ctx.formParam("after"), "after");
        boolean revisit = ctx.formParam("revisit") != null;
        try {
            services.review().screening().decide(actor(ctx), new Screening.Decide(record, STAGE, decision, null,
                    ctx.formParam("note")));
        } catch (RefusedException | InvalidInputException e) {
            refuse(ctx, e, record, after);
            return;
        }
        ctx.redirect(PAGE + "?last=" + record + (after == null || revisit ? "" : "&after=" + after),
                HttpStatus.SEE_OTHER);
    }

    public void undo(Context ctx) {
        long record = Params.requiredLong(ctx.formParam("record"), "record");
        try {
            services.review().screening().withdraw(actor(ctx), record, STAGE);
        } catch (RefusedException e) {
            refuse(ctx, e, record, null);
            return;
        }
        Chrome.leaveNotice(ctx, "Your decision on record " + record + " was taken back.");
        ctx.redirect(PAGE + "?record=" + record, HttpStatus.SEE_OTHER);
    }

    public void label(Context ctx) {
        long record = Params.requiredLong(ctx.formParam("record"), "record");
        Long last = Params.optionalLong(ctx.formParam("last"), "last");
        try {
            services.review().labels().change(actor(ctx), new Labels.Change(record, ctx.formParam("label"),
                    !"off".equals(ctx.formParam("change"))));
        } catch (RefusedException | InvalidInputException e) {
            refuse(ctx, e, record, null);
            return;
        }
        ctx.redirect(PAGE + "?record=" + record + (last == null ? "" : "&last=" + last), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /screening/key-papers}: marks a record the reviewer knows to be relevant as a key paper (it trains
     * every model as an include and comes first in the queues of those who have not decided it), then goes back to
     * the record, or to the search it was marked from ({@code from=search} with its {@code q}, {@code mine} and
     * {@code label}). A record not at title and abstract is 404.
     */
    public void markKeyPaper(Context ctx) {
        long record = Params.requiredLong(ctx.formParam("record"), "record");
        services.review().prioritised().markKeyPaper(actor(ctx), record);
        Chrome.leaveNotice(ctx, "Record " + record + " is marked as a key paper: every reviewer's model trains on it "
                + "as an include.");
        if ("search".equals(ctx.formParam("from"))) {
            ctx.redirect(ScreeningSearchView.href(ctx.formParam("q"), ctx.formParam("mine"), ctx.formParam("label")),
                    HttpStatus.SEE_OTHER);
            return;
        }
        Long last = Params.optionalLong(ctx.formParam("last"), "last");
        ctx.redirect(PAGE + "?record=" + record + (last == null ? "" : "&last=" + last), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /screening/key-papers/unmark}: takes back a key-paper mark (the record trains the models by its
     * reviewers' decisions alone and loses its place at the head of the queues; the audit entry keeps who had marked
     * it), then goes back to the record. A record not at title and abstract is 404.
     */
    public void unmarkKeyPaper(Context ctx) {
        long record = Params.requiredLong(ctx.formParam("record"), "record");
        boolean changed = !services.review().prioritised().unmarkKeyPapers(actor(ctx), List.of(record)).isEmpty();
        Chrome.leaveNotice(ctx, changed ? "Record " + record + " is no longer a key paper."
                : "Record " + record + " was not a key paper.");
        Long last = Params.optionalLong(ctx.formParam("last"), "last");
        ctx.redirect(PAGE + "?record=" + record + (last == null ? "" : "&last=" + last), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /screening/stop} (the owner): stops title-and-abstract screening by the stopping rule, marking the
     * records nobody has screened as ineligible by automation; refused (409, with the rule's reason) until it says
     * stop.
     */
    public void stop(Context ctx) {
        ScreeningStop stop;
        try {
            stop = services.review().screeningStops().stop(actor(ctx));
        } catch (RefusedException e) {
            ctx.status(409);
            render(ctx, null, null, null, e.getMessage());
            return;
        }
        Chrome.leaveNotice(ctx, String.format(Locale.ROOT, "Screening stopped by the stopping rule after %d records "
                + "screened: %d records marked ineligible by automation.", stop.screened(), stop.recordsMarked()));
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    /** {@code GET /screening/search?q=&mine=&label=}: the records at title and abstract a search selects. */
    public void search(Context ctx) {
        Actor me = actor(ctx);
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        String mine = ctx.queryParam("mine") == null || ctx.queryParam("mine").isBlank() ? "any"
                : ctx.queryParam("mine").strip().toLowerCase(Locale.ROOT);
        if (!ScreeningSearchView.FILTERS.contains(mine)) {
            throw HttpError.badRequest("field 'mine' must be one of " + ScreeningSearchView.FILTERS);
        }
        String label = Params.text(ctx.queryParam("label"));
        var terms = this.terms.of(services.review().protocol());
        boolean prioritised = PriorityNotes.prioritised(services.review());
        Set<Long> keyPapers = prioritised ? Set.copyOf(services.review().screeningCurve().read().keyPapers())
                : Set.of();
        List<ScreeningSearchView.Found> found = services.review().screening().find(me, RecordFilter.search(STAGE,
                query, RecordFilter.Mine.valueOf(mine.toUpperCase(Locale.ROOT)), label, SEARCH_LIMIT)).stream()
                .map(f -> {
                    RecordCard card = RecordCard.of(f.record(), terms);
                    return new ScreeningSearchView.Found(card.id(), card.title(), card.firstAuthor(), card.source(),
                            f.mine() == null ? null : f.mine().decision().id(), f.labels(),
                            keyPapers.contains(card.id()));
                }).toList();
        templates.render(ctx, "screening-search.jte", new ScreeningSearchView(Chrome.of(ctx, services.reviewTitle(),
                "Search the records"), query, mine, label == null ? "" : label, services.review().labels().used(me),
                found, SEARCH_LIMIT, prioritised));
    }

    private void refuse(Context ctx, ReviewException e, long record, Long after) {
        ctx.status(e instanceof RefusedException ? 409 : 400);
        render(ctx, record, after, null, e instanceof InvalidInputException i && i.field() != null
                ? "field '" + i.field() + "': " + e.getMessage() : e.getMessage());
    }

    private void render(Context ctx, Long asked, Long after, Long last, String error) {
        Actor me = actor(ctx);
        Screening screening = services.review().screening();
        Optional<Long> id = asked != null ? Optional.of(asked)
                : screening.next(me, STAGE, after).map(r -> r.id());
        Chrome chrome = Chrome.of(ctx, services.reviewTitle(), "Title and abstract screening");
        if (error != null) {
            chrome = chrome.withError(error);
        }
        boolean prioritised = PriorityNotes.prioritised(services.review());
        ScreeningView.Stopping stopping = prioritised && Principal.required(ctx).role() == Role.OWNER
                ? PriorityNotes.stopping(services.review(), me) : null;
        if (id.isEmpty()) {
            templates.render(ctx, "screening.jte", new ScreeningView(chrome, null, null, "", List.of(), List.of(),
                    List.of(), screening.progress(me, STAGE), after, last, false, null, false, stopping));
            return;
        }
        Screening.RecordView view = screening.record(me, id.get());
        ScreeningDecision mine = view.decisions().stream().filter(d -> d.stage() == STAGE
                && d.reviewer().equals(me.name())).findFirst().orElse(null);
        List<DecisionLine> others = view.decisions().stream().filter(d -> d.stage() == STAGE
                && !d.reviewer().equals(me.name())).map(DecisionLine::of).toList();
        PriorityNotes.Why why = prioritised ? PriorityNotes.why(services.review(), me, id.get(), mine != null) : null;
        templates.render(ctx, "screening.jte", new ScreeningView(chrome,
                RecordCard.of(view.record(), terms.of(services.review().protocol())),
                mine == null ? null : mine.decision().id(), mine == null || mine.note() == null ? "" : mine.note(),
                others, services.review().labels().of(me, id.get()), services.review().labels().used(me),
                screening.progress(me, STAGE), after, last, asked != null, why == null ? null : why.text(),
                why != null && why.keyPaper(), stopping));
    }

    private static Actor actor(Context ctx) {
        return Principal.required(ctx).actor();
    }
}
