package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every record's place in the review, read in one snapshot from the derived tables: for the owner's listings. */
final class RecordStates {

    private RecordStates() {
    }

    /** The records still in the review (not withdrawn), by id. */
    static List<RecordState> all(Tx tx) throws SQLException {
        Map<Long, List<ScreeningDecision>> decisions = new HashMap<>();
        for (ScreeningDecision d : tx.sql("SELECT record_id, stage, reviewer, decision_id, decision, reason, note, "
                + "decided_at FROM current_decision ORDER BY CASE stage WHEN 'title-abstract' THEN 0 ELSE 1 END, "
                + "decision_id").list(ScreeningCache::decision)) {
            decisions.computeIfAbsent(d.recordId(), k -> new ArrayList<>()).add(d);
        }
        return tx.sql("SELECT r.id, s.source, d.kept_id, ta.state AS ta_state, ta.reason AS ta_reason, "
                + "ft.state AS ft_state, ft.reason AS ft_reason, l.study_id FROM record r "
                + "JOIN search s ON s.id = r.search_id "
                + "LEFT JOIN duplicate_of d ON d.record_id = r.id "
                + "LEFT JOIN stage_record ta ON ta.record_id = r.id AND ta.stage = 'title-abstract' "
                + "LEFT JOIN stage_record ft ON ft.record_id = r.id AND ft.stage = 'full-text' "
                + "LEFT JOIN study_report l ON l.record_id = r.id "
                + "WHERE NOT EXISTS (SELECT 1 FROM search_withdrawal w WHERE w.search_id = r.search_id) ORDER BY r.id")
                .list(rs -> {
                    long id = rs.getLong("id");
                    long kept = rs.getLong("kept_id");
                    Long duplicateOf = rs.wasNull() ? null : kept;
                    long study = rs.getLong("study_id");
                    Long studyId = rs.wasNull() ? null : study;
                    String ft = rs.getString("ft_state");
                    boolean notRetrieved = "not-retrieved".equals(ft);
                    return new RecordState(id, rs.getString("source"), duplicateOf,
                            outcome(rs.getString("ta_state"), rs.getString("ta_reason")),
                            notRetrieved ? null : outcome(ft, rs.getString("ft_reason")), notRetrieved, studyId,
                            decisions.getOrDefault(id, List.of()));
                });
    }

    private static StageOutcome outcome(String state, String reason) {
        return state == null ? null : new StageOutcome(StageOutcome.Status.of(state), reason);
    }
}
