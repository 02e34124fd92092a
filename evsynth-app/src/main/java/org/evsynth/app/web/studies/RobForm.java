package org.evsynth.app.web.studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evsynth.review.RiskOfBias;
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;

/**
 * The risk-of-bias form of a study for one tool and outcome: each domain (D1..Dn, then Overall) with the tool's
 * scale, the judgement in force and its supporting quote; and every judgement in force, for withdrawing.
 *
 * @param tool     the tool the form is for
 * @param tools    the tools to choose from
 * @param outcome  the outcome judged ("" for the whole study)
 * @param domains  the form's rows
 * @param current  the study's judgements in force
 */
public record RobForm(RobTool tool, List<RobTool> tools, String outcome, List<Domain> domains, List<Current> current) {

    /** One domain of the form. */
    public record Domain(String key, String name, List<Judgement> scale, String judgement, String support) {
    }

    /** A judgement in force. */
    public record Current(String tool, String toolName, String outcome, String domain, String judgement,
            String symbol, String support, String assessor) {
    }

    static RobForm of(RobTool tool, String outcome, List<RiskOfBias> judgements, Map<String, String> typed) {
        String wanted = outcome == null ? "" : outcome;
        List<Domain> domains = new ArrayList<>();
        for (int k = 0; k <= tool.domains().size(); k++) {
            String key = k < tool.domains().size() ? "D" + (k + 1) : RobTool.OVERALL;
            String name = k < tool.domains().size() ? tool.domains().get(k) : "Overall risk of bias";
            String domain = k < tool.domains().size() ? tool.domains().get(k) : RobTool.OVERALL;
            RiskOfBias now = judgements.stream().filter(j -> j.tool() == tool && Objects.equals(j.outcome() == null
                    ? "" : j.outcome(), wanted) && j.domain().equals(domain)).findFirst().orElse(null);
            String judgement = typed.getOrDefault("judgement_" + key, now == null ? "" : now.judgement().level());
            String support = typed.getOrDefault("support_" + key, now == null || now.support() == null ? ""
                    : now.support());
            domains.add(new Domain(key, name, tool.scale(), judgement, support));
        }
        List<Current> current = judgements.stream().map(j -> new Current(j.tool().id(), j.tool().displayName(),
                j.outcome() == null ? "" : j.outcome(), j.domain(), j.judgement().label(), j.judgement().symbol(),
                j.support() == null ? "" : j.support(), j.assessor())).toList();
        return new RobForm(tool, List.of(RobTool.values()), wanted, domains, current);
    }
}
