package org.evsynth.app.web.studies;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.pages.Acting;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.ReviewException;
import org.evsynth.review.RobAssessment;
import org.evsynth.review.rob.RobTool;

/**
 * A study's risk-of-bias form: every domain judged at once with its supporting quote (one transaction: all or
 * none), and a judgement withdrawn. The tool checks the domains and its scale; a refusal names the domain.
 */
public final class RobForms {

    private final Services services;
    private final StudyPage page;

    public RobForms(Services services, StudyPage page) {
        this.services = services;
        this.page = page;
    }

    public void assess(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = ArmForms.form(ctx);
        try {
            RobTool tool = tool(form.get("tool"));
            String outcome = ArmForms.blankToNull(form.get("outcome"));
            List<RobAssessment.Assess> judged = new ArrayList<>();
            for (int k = 0; k <= tool.domains().size(); k++) {
                String key = k < tool.domains().size() ? "D" + (k + 1) : RobTool.OVERALL;
                String judgement = ArmForms.blankToNull(form.get("judgement_" + key));
                if (judgement != null) {
                    judged.add(new RobAssessment.Assess(study, tool, outcome, key, judgement,
                            form.get("support_" + key)));
                }
            }
            if (judged.isEmpty()) {
                throw new InvalidInputException("judgement_D1", "choose a judgement for at least one domain");
            }
            services.review().riskOfBias().assessAll(Acting.actor(ctx), judged);
            Acting.done(ctx, "The risk-of-bias judgements were saved (" + judged.size() + ").", "/studies/" + study
                    + "?tool=" + tool.id() + "#risk-of-bias");
        } catch (ReviewException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            page.refuse(ctx, study, e, new Refusal("rob", null, field, form));
        }
    }

    public void withdraw(Context ctx) {
        long study = StudyPage.id(ctx);
        Map<String, String> form = ArmForms.form(ctx);
        try {
            RobTool tool = tool(form.get("tool"));
            services.review().riskOfBias().withdraw(Acting.actor(ctx), new RobAssessment.Withdraw(study, tool,
                    ArmForms.blankToNull(form.get("outcome")), form.get("domain")));
            Acting.done(ctx, "The judgement was withdrawn.", "/studies/" + study + "?tool=" + tool.id()
                    + "#risk-of-bias");
        } catch (ReviewException e) {
            page.refuse(ctx, study, e, new Refusal("rob", null, null, Map.of("tool", form.getOrDefault("tool",
                    "rob2"))));
        }
    }

    private static RobTool tool(String word) {
        try {
            return RobTool.of(word == null ? "" : word);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tool", "choose the tool: rob2 or robins-i");
        }
    }
}
