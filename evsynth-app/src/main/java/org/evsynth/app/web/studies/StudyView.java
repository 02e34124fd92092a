package org.evsynth.app.web.studies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsynth.app.web.fulltext.RecordSummary;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.review.ExtractionComparison;
import org.evsynth.review.ExtractionEntry;
import org.evsynth.review.ExtractionMode;
import org.evsynth.review.FullTextReport;
import org.evsynth.review.Study;

/**
 * A study's workspace: its reports, characteristics, outcome data per arm, the dual-extraction comparison with the
 * settle forms, and risk of bias.
 *
 * @param chrome          the layout
 * @param id              the study's id
 * @param label           its label
 * @param reports         its reports
 * @param linkable        reports that may still be linked to it
 * @param mode            single or dual extraction
 * @param characteristics the characteristics form, with the member's values
 * @param arms            the outcome data in use, an arm per row
 * @param comparisons     every key more than one person extracted, or that was settled
 * @param armForm         the outcome-data form
 * @param rob             the risk-of-bias form
 * @param outcomes        outcome names already used, to choose from
 * @param armNames        arm names already used, to choose from
 * @param measures        the measures an estimate may be of
 * @param mayWrite        whether the member may change things
 * @param maySettle       whether the member may settle a difference between extractors
 * @param refusal         what was refused, to show where it happened
 */
public record StudyView(Chrome chrome, long id, String label, List<RecordSummary> reports, List<RecordSummary> linkable,
        ExtractionMode mode, Characteristics characteristics, List<ArmRow> arms, List<Comparisons> comparisons,
        ArmForm armForm, RobForm rob, List<String> outcomes, List<String> armNames, List<String> measures,
        boolean mayWrite, boolean maySettle, Refusal refusal) {

    /** One arm's data in use, and the query that opens it in the form. */
    public record ArmRow(String outcome, String arm, String data, String by, String state, String editQuery) {
    }

    /**
     * The outcome-data form: empty, an arm being edited, or what was typed when it was refused.
     *
     * @param shape the shape's word: dichotomous, continuous or estimate
     */
    public record ArmForm(String outcome, String arm, String shape, Map<String, String> values, String field) {

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public boolean invalid(String name) {
            return name.equals(field);
        }
    }

    /** The parts the view is drawn from. */
    record Parts(Study study, List<FullTextReport> reports, List<ExtractionComparison> extraction, ExtractionMode mode,
            RobForm rob, String viewer, String editOutcome, String editArm) {
    }

    static StudyView of(Chrome chrome, Parts p, boolean mayWrite, boolean maySettle, Refusal refusal) {
        List<RecordSummary> reports = new ArrayList<>();
        List<RecordSummary> linkable = new ArrayList<>();
        for (FullTextReport r : p.reports()) {
            if (p.study().reports().contains(r.id())) {
                reports.add(RecordSummary.of(r.record()));
            } else if (r.study() == null && !r.notRetrieved() && !"excluded".equals(r.outcome().status().id())) {
                linkable.add(RecordSummary.of(r.record()));
            }
        }
        List<ArmRow> arms = new ArrayList<>();
        List<Comparisons> comparisons = new ArrayList<>();
        Set<String> outcomes = new LinkedHashSet<>();
        Set<String> armNames = new LinkedHashSet<>();
        Map<String, ?> characteristics = Map.of();
        for (ExtractionComparison c : p.extraction()) {
            if (c.extractions().size() > 1 || c.settlement() != null) {
                comparisons.add(Comparisons.of(c));
            }
            if (c.isCharacteristics()) {
                characteristics = formValues(c, p.viewer(), p.mode());
                continue;
            }
            outcomes.add(c.outcome());
            armNames.add(c.arm());
            ExtractionEntry used = c.inUse();
            arms.add(new ArmRow(c.outcome(), c.arm(), used == null ? "not settled" : ArmText.of(used.data()),
                    used == null ? String.join(", ", c.extractors()) : used.extractor(),
                    Comparisons.of(c).stateLabel(), "?outcome=" + encode(c.outcome()) + "&arm=" + encode(c.arm())));
        }
        Characteristics form = refusal.of("characteristics") ? Characteristics.of(Characteristics.sent(
                refusal.typed())) : Characteristics.of(characteristics);
        return new StudyView(chrome, p.study().id(), p.study().label(), reports, linkable, p.mode(), form, arms,
                comparisons, armForm(p, refusal), p.rob(), List.copyOf(outcomes), List.copyOf(armNames),
                ArmForms.MEASURES, mayWrite, maySettle, refusal);
    }

    /** The values a member's form starts from: their own; under single extraction the values in use. */
    private static Map<String, Object> formValues(ExtractionComparison c, String viewer, ExtractionMode mode) {
        ExtractionEntry own = c.by(viewer);
        if (own != null) {
            return own.data();
        }
        return mode == ExtractionMode.SINGLE && c.inUse() != null ? c.inUse().data() : Map.of();
    }

    private static ArmForm armForm(Parts p, Refusal refusal) {
        if (refusal.of("arm")) {
            Map<String, String> t = refusal.typed();
            return new ArmForm(t.getOrDefault("outcome", ""), t.getOrDefault("arm", ""), t.getOrDefault("shape",
                    "dichotomous"), t, refusal.field());
        }
        for (ExtractionComparison c : p.extraction()) {
            if (!c.isCharacteristics() && c.outcome().equals(p.editOutcome()) && c.arm().equals(p.editArm())) {
                Map<String, Object> values = formValues(c, p.viewer(), p.mode());
                ArmText.Shape shape = ArmText.Shape.of(values.keySet());
                Map<String, String> text = new java.util.LinkedHashMap<>();
                values.forEach((k, v) -> text.put(k, ArmText.plain(v)));
                if (shape == ArmText.Shape.ESTIMATE) {
                    text.put("measure", c.arm());
                }
                return new ArmForm(c.outcome(), c.arm(), shape == null ? "dichotomous" : shape.id(), text, null);
            }
        }
        return new ArmForm(p.editOutcome() == null ? "" : p.editOutcome(), "", "dichotomous", Map.of(), null);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the study's outcome data include a difference that is not settled. */
    public boolean unsettled() {
        return comparisons.stream().anyMatch(c -> c.state().equals("different"));
    }
}
