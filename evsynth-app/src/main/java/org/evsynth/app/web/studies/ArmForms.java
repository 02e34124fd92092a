package org.evsynth.app.web.studies;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.pages.Acting;
import org.evsynth.report.table.InputFormat;
import org.evsynth.review.Extraction;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.ReviewException;

/**
 * The extraction forms of a study page, each one operation of the review's extraction service: the
 * characteristics, an arm's outcome data, withdrawing or renaming an arm, and settling a key the extractors differ
 * on. Values go to the service as typed; it checks them with the engine's rules, and a refusal shows the page again
 * with the field named and what was typed kept.
 */
public final class ArmForms {

    /** The measures an estimate with its CI is extracted under (the arm's name, as the export expects). */
    static final List<String> MEASURES = InputFormat.ESTIMATE_WITH_CI.measures().stream().map(Enum::name).toList();

    private final Services services;
    private final StudyPage page;

    public ArmForms(Services services, StudyPage page) {
        this.services = services;
        this.page = page;
    }

    public void characteristics(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = form(ctx);
        attempt(ctx, study, "characteristics", null, form, () -> services.review().extraction().characteristics(
                Acting.actor(ctx), new Extraction.Characteristics(study, Characteristics.sent(form))),
                "The characteristics were saved.");
    }

    public void arm(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = form(ctx);
        attempt(ctx, study, "arm", null, form, () -> {
            ArmText.Shape shape = shape(form.get("shape"));
            String arm = shape == ArmText.Shape.ESTIMATE ? form.get("measure") : form.get("arm");
            services.review().extraction().arm(Acting.actor(ctx), new Extraction.Arm(study, form.get("outcome"), arm,
                    values(form, shape)));
        }, "The outcome data were saved.");
    }

    public void withdraw(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = form(ctx);
        attempt(ctx, study, "data", null, form, () -> services.review().extraction().withdraw(Acting.actor(ctx),
                new Extraction.Withdraw(study, blankToNull(form.get("outcome")), blankToNull(form.get("arm")))),
                "The data were withdrawn.");
    }

    public void rename(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = form(ctx);
        attempt(ctx, study, "rename", null, form, () -> services.review().extraction().rename(Acting.actor(ctx),
                new Extraction.Rename(study, form.get("outcome"), form.get("arm"), form.get("new_outcome"),
                        form.get("new_arm"))), "The arm was renamed.");
    }

    public void settle(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = form(ctx);
        String outcome = blankToNull(form.get("outcome"));
        String arm = blankToNull(form.get("arm"));
        String key = outcome == null ? "characteristics" : outcome + "/" + arm;
        attempt(ctx, study, "settle", key, form, () -> {
            String from = blankToNull(form.get("take_from"));
            Extraction.Settle settle = from != null ? Extraction.Settle.takingFrom(study, outcome, arm, from)
                    : Extraction.Settle.with(study, outcome, arm, outcome == null ? Characteristics.sent(form)
                    : values(form, shape(form.get("shape"))));
            services.review().extraction().settle(Acting.actor(ctx), settle);
        }, "The value to use was settled.");
    }

    private void attempt(Context ctx, long study, String name, String key, Map<String, String> form, Runnable work,
            String notice) {
        try {
            work.run();
            Acting.done(ctx, notice, "/studies/" + study + (name.equals("characteristics") ? "#characteristics"
                    : "#outcome-data"));
        } catch (ReviewException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            page.refuse(ctx, study, e, new Refusal(name, key, field, form));
        }
    }

    /** The shape's fields as typed; fields of other shapes are not sent on. */
    private static Map<String, String> values(Map<String, String> form, ArmText.Shape shape) {
        Map<String, String> values = new LinkedHashMap<>();
        shape.fields.forEach(f -> values.put(f, form.getOrDefault(f, "")));
        return values;
    }

    private static ArmText.Shape shape(String word) {
        for (ArmText.Shape s : ArmText.Shape.values()) {
            if (s.id().equals(word)) {
                return s;
            }
        }
        throw new InvalidInputException("shape", "choose the kind of data: events out of participants, mean and SD, "
                + "or an estimate with its CI");
    }

    /** The form's fields, each its first value (the CSRF token left out). */
    static Map<String, String> form(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("_csrf")) {
                form.put(name, values.get(0));
            }
        });
        return form;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
