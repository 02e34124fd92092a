package org.evsynth.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evsynth.records.screening.StoppingState;

/**
 * Where title-and-abstract screening stands against the stopping rule, for one reviewer's ranking (in dual
 * screening their own decisions; in single screening the team's): what {@code evsynth stopping} shows and what an
 * owner needs before stopping. The hypergeometric test (Callaghan &amp; Müller-Hansen 2020) is the rule; the
 * ranked-tail p-value and the two heuristics carry no guarantee and are labelled so.
 *
 * @param reviewer           whose ranking the rule was evaluated on
 * @param order              the protocol's screening order; the rule applies in priority order only
 * @param state              the rule's state on that ranking; null unless the order is priority
 * @param stops              the stops made, oldest first
 * @param markedByAutomation records marked ineligible by automation and still so
 */
public record StoppingStatus(String reviewer, ScreeningOrder order, StoppingState state, List<ScreeningStop> stops,
                             int markedByAutomation) {

    public StoppingStatus {
        stops = List.copyOf(stops);
    }

    /** Whether the rule says stop now: the order is priority and the test rejects "recall below the target". */
    public boolean saysStop() {
        return state != null && state.stop();
    }

    /** The JSON of {@code evsynth stopping --format json}; NaN figures (nothing to estimate yet) are null. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reviewer", reviewer);
        m.put("order", order.name().toLowerCase(Locale.ROOT));
        m.put("stop", saysStop());
        if (state != null) {
            m.put("rule", state.settings().describe());
            m.put("target_recall", state.settings().targetRecall());
            m.put("confidence", state.settings().confidence());
            m.put("p_value", finite(state.pValue()));
            m.put("recall_estimate", finite(state.recallEstimate()));
            m.put("recall_lower_bound", finite(state.recallLowerBound()));
            m.put("records", state.records());
            m.put("screened", state.screened());
            m.put("relevant_found", state.relevantFound());
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("started_at", state.sampling() ? state.sampleStart() : null);
            sample.put("size", state.sampleSize());
            sample.put("relevant", state.sampleRelevant());
            m.put("random_sample", sample);
            m.put("heuristics", heuristics(state));
        }
        List<Object> made = new ArrayList<>();
        for (ScreeningStop s : stops) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("stopped_by", s.stoppedBy());
            one.put("at", s.at().toString());
            one.put("model", s.model());
            one.put("rule", s.rule());
            one.put("target_recall", s.targetRecall());
            one.put("confidence", s.confidence());
            one.put("p_value", finite(s.pValue()));
            one.put("screened", s.screened());
            one.put("records_marked", s.recordsMarked());
            made.add(one);
        }
        m.put("stops", made);
        m.put("marked_by_automation", markedByAutomation);
        return m;
    }

    /** The figures shown beside the rule, without its guarantee. */
    private static Map<String, Object> heuristics(StoppingState s) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("note", "heuristics: shown beside the rule, with no recall guarantee");
        h.put("ranked_tail_p_value", finite(s.rankedTailPValue()));
        h.put("irrelevant_since_relevant", s.irrelevantSinceRelevant());
        h.put("irrelevant_run", s.settings().irrelevantRun());
        h.put("irrelevant_run_says_stop", s.irrelevantRunStop());
        h.put("knee_slope_ratio", finite(s.kneeSlopeRatio()));
        h.put("knee_says_stop", s.kneeStop());
        return h;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
