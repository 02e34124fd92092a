package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.http.Templates;
import org.evsynth.review.AuditEntry;
import org.evsynth.review.AuditLog;
import org.evsynth.review.Stage;
import org.evsynth.review.people.Member;

/**
 * The audit log, for the owner ({@code GET /audit?person=&stage=&from=&to=&before=}): a page of entries, newest
 * first, with a link to older ones. It shows every screening decision with its reviewer, so it is the owner's
 * alone, as the conflicts and the decisions export are.
 */
public final class AuditPage {

    private static final int PAGE_SIZE = 100;
    private static final int CLIP = 400;

    private final Services services;
    private final Templates templates;

    public AuditPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        String person = Params.text(ctx.queryParam("person"));
        String stageWord = Params.text(ctx.queryParam("stage"));
        Stage stage = stageWord == null ? null : Params.stage(stageWord, "stage", null);
        LocalDate from = Params.date(ctx.queryParam("from"), "from");
        LocalDate to = Params.date(ctx.queryParam("to"), "to");
        Long before = Params.optionalLong(ctx.queryParam("before"), "before");
        List<AuditEntry> entries = services.review().audit().newest(new AuditLog.Query(person, stage, from, to),
                before, PAGE_SIZE);
        String older = entries.size() < PAGE_SIZE ? null : "/audit?" + query(person, stageWord, from, to)
                + "before=" + entries.get(entries.size() - 1).id();
        templates.render(ctx, "audit.jte", new AuditView(Chrome.of(ctx, services.reviewTitle(), "Audit log"),
                orEmpty(person), orEmpty(stageWord), from == null ? "" : from.toString(),
                to == null ? "" : to.toString(), services.people().list().stream().map(Member::name).toList(),
                entries.stream().map(e -> new AuditView.Row(e.id(), Times.second(e.at()), e.actor(), e.action(),
                        e.entity() + " " + e.entityId(), e.stage() == null ? "" : e.stage().id(), clip(e.before()),
                        clip(e.after()))).toList(), older));
    }

    private static String query(String person, String stage, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder();
        append(q, "person", person);
        append(q, "stage", stage);
        append(q, "from", from == null ? null : from.toString());
        append(q, "to", to == null ? null : to.toString());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    /** A change's JSON, cut after 400 characters (a protocol's whole text is in its entry). */
    private static String clip(String json) {
        return json == null ? "" : json.length() <= CLIP ? json : json.substring(0, CLIP) + "…";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
