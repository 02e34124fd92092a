package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.Principal;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.review.DedupRun;
import org.evsynth.review.Deduplication;
import org.evsynth.review.QueuedPair;
import org.evsynth.review.people.Role;

/**
 * The deduplication queue: {@code GET /dedup?at=N} shows the N-th queued pair; {@code POST /dedup/{pair}/resolve}
 * says same or different, {@code POST /dedup/decisions/{id}/undo} takes a decision back, and {@code POST /dedup/run}
 * (the owner) runs deduplication over the whole review. A pair can also be left for later (the next one is shown).
 */
public final class DedupPage {

    private static final String PAGE = "/dedup";

    private final Services services;
    private final Templates templates;

    public DedupPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        List<QueuedPair> queue = services.review().deduplication().queue();
        Long at = Params.optionalLong(ctx.queryParam("at"), "at");
        int position = queue.isEmpty() || at == null || at < 0 ? 0 : (int) (at % queue.size());
        Pair shown = queue.isEmpty() ? null : pair(queue.get(position));
        templates.render(ctx, "dedup.jte", new DedupView(Chrome.of(ctx, services.reviewTitle(), "Duplicates"),
                shown == null ? null : shown.view(), position, queue.size(),
                Params.optionalLong(ctx.queryParam("last"), "last"),
                Principal.required(ctx).role() == Role.OWNER));
    }

    public void resolve(Context ctx) {
        long pair = Params.requiredLong(ctx.pathParam("pair"), "pair");
        String verdict = ctx.formParam("verdict") == null ? "" : ctx.formParam("verdict").toUpperCase(Locale.ROOT);
        if (!verdict.equals("SAME") && !verdict.equals("DIFFERENT")) {
            throw HttpError.badRequest("field 'verdict' must be same or different");
        }
        long decision = services.review().deduplication().resolve(Principal.required(ctx).actor(),
                new Deduplication.Resolve(pair, Deduplication.Verdict.valueOf(verdict)));
        Long at = Params.optionalLong(ctx.formParam("at"), "at");
        ctx.redirect(PAGE + "?last=" + decision + (at == null ? "" : "&at=" + at), HttpStatus.SEE_OTHER);
    }

    public void undo(Context ctx) {
        services.review().deduplication().undo(Principal.required(ctx).actor(),
                Params.requiredLong(ctx.pathParam("id"), "id"));
        Chrome.leaveNotice(ctx, "The decision was taken back; the pair is in the queue again.");
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    public void run(Context ctx) {
        DedupRun run = services.review().deduplication().run(Principal.required(ctx).actor());
        Chrome.leaveNotice(ctx, String.format(Locale.ROOT, "Deduplication: %d merged as certain duplicates, %d new "
                + "pairs for a person to decide.", run.merged(), run.queued()));
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    /** A pair with both records read. */
    private record Pair(QueuedPair queued, BibRecord a, BibRecord b) {

        DedupView.Pair view() {
            List<DedupView.Field> fields = new ArrayList<>();
            field(fields, "title", "Title", a.title(), b.title());
            field(fields, "authors", "Authors", authors(a), authors(b));
            field(fields, "year", "Year", text(a.year()), text(b.year()));
            field(fields, "journal", "Journal", a.journal(), b.journal());
            field(fields, "volume", "Volume", a.volume(), b.volume());
            field(fields, "issue", "Issue", a.issue(), b.issue());
            field(fields, "pages", "Pages", a.pages(), b.pages());
            field(fields, "doi", "DOI", a.doi(), b.doi());
            field(fields, "pmid", "PMID", a.pmid(), b.pmid());
            field(fields, "kind", "Type", a.type().name().toLowerCase(Locale.ROOT),
                    b.type().name().toLowerCase(Locale.ROOT));
            field(fields, "source", "Database", a.sourceDatabase(), b.sourceDatabase());
            field(fields, "abstract", "Abstract", a.abstractText(), b.abstractText());
            return new DedupView.Pair(queued.id(), queued.score(), queued.recordA(), queued.recordB(), fields);
        }

        private void field(List<DedupView.Field> out, String key, String name, String va, String vb) {
            DedupView.Match match = queued.agree().contains(key) ? DedupView.Match.AGREE
                    : queued.disagree().contains(key) ? DedupView.Match.DISAGREE : DedupView.Match.UNSCORED;
            out.add(new DedupView.Field(name, va == null ? "" : va, vb == null ? "" : vb, match));
        }

        private static String authors(BibRecord r) {
            return String.join("; ", r.authors().stream().map(Author::display).toList());
        }

        private static String text(Integer n) {
            return n == null ? null : n.toString();
        }
    }

    private Pair pair(QueuedPair p) {
        return new Pair(p, services.review().record(p.recordA()).record(),
                services.review().record(p.recordB()).record());
    }
}
