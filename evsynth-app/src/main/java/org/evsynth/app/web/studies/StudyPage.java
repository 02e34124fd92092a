package org.evsynth.app.web.studies;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.pages.Acting;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.Actor;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.Review;
import org.evsynth.review.ReviewException;
import org.evsynth.review.RiskOfBias;
import org.evsynth.review.Studies;
import org.evsynth.review.Study;
import org.evsynth.review.rob.RobTool;

/**
 * A study's workspace, {@code GET /studies/{id}}, and the changes to the study itself: relabel, link and unlink
 * reports, withdraw. Its extraction forms are {@link ArmForms}, its risk-of-bias form {@link RobForms}; a refused
 * change from any of them shows this page again through {@link #refuse}.
 */
public final class StudyPage {

    private final Services services;
    private final Templates templates;

    public StudyPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        render(ctx, id(ctx), null, Refusal.NONE);
    }

    public void relabel(Context ctx) {
        long id = id(ctx);
        String label = ctx.formParam("label");
        attempt(ctx, id, Map.of("label", label == null ? "" : label), () -> services.review().studies()
                .relabel(Acting.actor(ctx), new Studies.Relabel(id, label)), "The study was relabelled.");
    }

    public void link(Context ctx) {
        long id = id(ctx);
        attempt(ctx, id, Map.of(), () -> services.review().studies().link(Acting.actor(ctx), new Studies.Link(id,
                StudiesPage.records(ctx))), "The reports were linked.");
    }

    public void unlink(Context ctx) {
        long id = id(ctx);
        long record = ctx.pathParamAsClass("record", Long.class).get();
        attempt(ctx, id, Map.of(), () -> services.review().studies().unlink(Acting.actor(ctx), record),
                "Record " + record + " is no longer a report of this study.");
    }

    public void withdraw(Context ctx) {
        long id = id(ctx);
        try {
            services.review().studies().withdraw(Acting.actor(ctx), id);
            Acting.done(ctx, "The study was withdrawn.", "/studies");
        } catch (ReviewException e) {
            refuse(ctx, id, e, new Refusal("study", null, null, Map.of()));
        }
    }

    private void attempt(Context ctx, long id, Map<String, String> typed, Runnable work, String notice) {
        try {
            work.run();
            Acting.done(ctx, notice, "/studies/" + id);
        } catch (ReviewException e) {
            refuse(ctx, id, e, new Refusal("study", null, e instanceof InvalidInputException i ? i.field() : null,
                    typed));
        }
    }

    /** Shows the page again with the refusal's message, its status, the field marked and what was typed. */
    void refuse(Context ctx, long id, ReviewException e, Refusal refusal) {
        String message = Acting.refused(ctx, services, e);
        render(ctx, id, message, refusal);
    }

    private void render(Context ctx, long id, String error, Refusal refusal) {
        Review review = services.review();
        Actor viewer = Acting.actor(ctx);
        Study study = review.studies().list().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> HttpError.notFound("no study " + id + " (it may have been withdrawn)"));
        List<RiskOfBias> judgements = review.riskOfBias().judgements(id);
        RobTool tool = robTool(ctx.queryParam("tool"), refusal, judgements);
        String robOutcome = refusal.of("rob") ? refusal.typed().getOrDefault("outcome", "")
                : ctx.queryParam("rob_outcome");
        RobForm rob = RobForm.of(tool, robOutcome, judgements, refusal.of("rob") ? refusal.typed() : Map.of());
        StudyView.Parts parts = new StudyView.Parts(study, review.fullText().reports(viewer),
                review.extraction().comparisons(id), review.protocol().extractionMode(), rob, viewer.name(),
                ctx.queryParam("outcome"), ctx.queryParam("arm"));
        Chrome chrome = Acting.chrome(ctx, services, study.label());
        templates.render(ctx, "studies/study.jte", StudyView.of(error == null ? chrome : chrome.withError(error),
                parts, Acting.mayWrite(ctx), Acting.maySettle(ctx), refusal));
    }

    /** The tool asked for, or the one being typed, or the study's, or RoB 2. */
    private static RobTool robTool(String asked, Refusal refusal, List<RiskOfBias> judgements) {
        String word = refusal.of("rob") ? refusal.typed().get("tool") : asked;
        if (word != null) {
            return Arrays.stream(RobTool.values()).filter(t -> t.id().equals(word)).findFirst().orElse(RobTool.ROB2);
        }
        return judgements.isEmpty() ? RobTool.ROB2 : judgements.get(0).tool();
    }

    static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }
}
