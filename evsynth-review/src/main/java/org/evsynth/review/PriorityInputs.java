package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evsynth.records.screening.Label;
import org.evsynth.records.screening.ScreeningDecision;

/**
 * What one reviewer's ranking at title and abstract is computed from, read in one transaction: the decisions the
 * model trains on, in order, and the records awaiting the reviewer.
 *
 * <p>The training decisions, so that blinding holds in dual screening: first the key papers (as includes, in the
 * order they were marked); then, in single screening, every current decision of the team, in the order it was made
 * (each record is decided once); in dual screening only the records this reviewer has decided, in the order they
 * decided them, labelled with their own vote or, once a third person settled a conflict on it, with the
 * resolution. Another reviewer's decision on a record this reviewer has not decided never enters their training
 * set, so the order they are shown cannot reveal it; where both decided and agree the consensus is their vote.
 *
 * @param decisions the training decisions, by screener position
 * @param queue     the ids of the records awaiting the reviewer (open at title and abstract, not decided by them)
 * @param keyPapers the ids of the key papers
 */
record PriorityInputs(List<ScreeningDecision> decisions, Set<Long> queue, Set<Long> keyPapers) {

    static PriorityInputs read(Tx tx, Protocol protocol, Actor reviewer, ScreenerPool.Built built)
            throws SQLException {
        Map<Integer, Label> labels = new LinkedHashMap<>();
        Set<Long> keyPapers = new HashSet<>();
        for (long id : tx.sql("SELECT record_id FROM key_paper ORDER BY marked_at, record_id")
                .list(rs -> rs.getLong("record_id"))) {
            keyPapers.add(id);
            int at = built.position(id);
            if (at >= 0) {
                labels.put(at, Label.INCLUDE);
            }
        }
        boolean dual = protocol.screeningMode() == ScreeningMode.DUAL;
        Map<Long, Decision> resolutions = new HashMap<>();
        if (dual) {
            tx.sql("SELECT record_id, decision FROM conflict_resolution WHERE stage = 'title-abstract' ORDER BY id")
                    .each(rs -> resolutions.put(rs.getLong("record_id"), Decision.of(rs.getString("decision"))));
        }
        Sql decided = tx.sql("SELECT record_id, decision FROM current_decision WHERE stage = 'title-abstract'"
                + (dual ? " AND reviewer = :reviewer" : "") + " ORDER BY decision_id");
        if (dual) {
            decided.bind("reviewer", reviewer.name());
        }
        decided.each(rs -> {
            long id = rs.getLong("record_id");
            int at = built.position(id);
            if (at >= 0 && !keyPapers.contains(id)) {
                Decision d = resolutions.getOrDefault(id, Decision.of(rs.getString("decision")));
                labels.remove(at);
                labels.put(at, label(d));
            }
        });
        List<ScreeningDecision> decisions = new ArrayList<>(labels.size());
        labels.forEach((at, label) -> decisions.add(new ScreeningDecision(at, label)));
        Set<Long> queue = new HashSet<>(tx.sql("SELECT s.record_id FROM stage_record s WHERE s.stage = "
                + "'title-abstract' AND s.is_open = 1 AND NOT EXISTS (SELECT 1 FROM current_decision c WHERE "
                + "c.record_id = s.record_id AND c.stage = 'title-abstract' AND c.reviewer = :reviewer)")
                .bind("reviewer", reviewer.name()).list(rs -> rs.getLong("record_id")));
        return new PriorityInputs(decisions, queue, keyPapers);
    }

    private static Label label(Decision d) {
        return switch (d) {
            case INCLUDE -> Label.INCLUDE;
            case MAYBE -> Label.MAYBE;
            default -> Label.EXCLUDE;
        };
    }
}
