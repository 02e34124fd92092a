package org.evsynth.app.web.studies;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.pages.Acting;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.ReviewException;
import org.evsynth.review.Studies;
import org.evsynth.review.Study;

/**
 * The studies, {@code GET /studies}: each with its reports, and a form that groups reports into a new study,
 * {@code POST /studies} (several reports of one trial are one study: the unit of analysis).
 */
public final class StudiesPage {

    private final Services services;
    private final Templates templates;

    public StudiesPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void list(Context ctx) {
        render(ctx, Acting.chrome(ctx, services, "Studies"), "", List.of());
    }

    public void create(Context ctx) {
        String label = ctx.formParam("label");
        List<Long> reports = records(ctx);
        try {
            Study s = services.review().studies().create(Acting.actor(ctx), new Studies.Create(label, reports));
            Acting.done(ctx, "Study '" + s.label() + "' was created with " + s.reports().size() + " report"
                    + (s.reports().size() == 1 ? "" : "s") + ".", "/studies/" + s.id());
        } catch (ReviewException e) {
            String message = Acting.refused(ctx, services, e);
            render(ctx, Acting.chrome(ctx, services, "Studies").withError(message), label == null ? "" : label,
                    reports);
        }
    }

    private void render(Context ctx, Chrome chrome, String label, List<Long> chosen) {
        templates.render(ctx, "studies/list.jte", StudiesView.of(chrome, services.review().studies().list(),
                services.review().fullText().reports(Acting.actor(ctx)), Acting.mayWrite(ctx), label, chosen));
    }

    /** The record ids ticked in a form's {@code report} checkboxes. */
    static List<Long> records(Context ctx) {
        List<Long> ids = new ArrayList<>();
        for (String value : ctx.formParams("report")) {
            try {
                ids.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("field 'report' holds a value that is not a record id");
            }
        }
        return ids;
    }
}
