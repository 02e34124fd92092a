package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The deduplication pairs still awaiting a person. */
final class DedupQueue {

    private DedupQueue() {
    }

    /** Queued pairs with no active resolution whose records are still in different groups, best score first. */
    static List<QueuedPair> open(Tx tx) throws SQLException {
        DuplicateGroups groups = DuplicateGroups.load(tx);
        List<QueuedPair> out = new ArrayList<>();
        for (QueuedPair p : tx.sql("SELECT p.id, p.record_a, p.record_b, p.score, p.agree, p.disagree "
                + "FROM dedup_pair p JOIN record ra ON ra.id = p.record_a JOIN record rb ON rb.id = p.record_b "
                + "WHERE NOT EXISTS (SELECT 1 FROM dedup_decision d WHERE d.pair_id = p.id AND NOT EXISTS "
                + "(SELECT 1 FROM dedup_decision u WHERE u.undoes = d.id)) AND NOT EXISTS (SELECT 1 FROM "
                + "search_withdrawal w WHERE w.search_id IN (ra.search_id, rb.search_id)) ORDER BY p.score DESC, p.id")
                .list(rs -> new QueuedPair(rs.getLong("id"), rs.getLong("record_a"), rs.getLong("record_b"),
                        rs.getDouble("score"), split(rs.getString("agree")), split(rs.getString("disagree"))))) {
            if (groups.root(p.recordA()) != groups.root(p.recordB())) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
    }
}
