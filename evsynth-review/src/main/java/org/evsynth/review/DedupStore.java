package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evsynth.records.BibRecord;
import org.evsynth.records.dedup.DeduplicationResult;
import org.evsynth.records.dedup.Deduplicator;
import org.evsynth.records.dedup.MergeDecision;
import org.evsynth.records.dedup.ReviewPair;

/**
 * Deduplication as recorded decisions. The records module's {@link Deduplicator} runs over every record of the
 * review; its stage-one merges are stored as {@code merge} rows and its review queue as {@code dedup_pair}
 * rows. A pair once decided, or a merge once undone, is never proposed again, so a person's word stands across
 * later imports. Nothing is deleted: an undo is a row naming the decision it cancels.
 */
final class DedupStore {

    private DedupStore() {
    }

    static DedupRun applyStageOne(Database db, String actor, Instant at) {
        return db.transact("deduplication", c -> {
            List<ReviewRecord> records = RecordQueries.all(c);
            List<BibRecord> bib = records.stream().map(ReviewRecord::record).toList();
            DeduplicationResult result = new Deduplicator().deduplicate(bib);
            Groups groups = groups(c);
            Set<String> decided = decidedPairs(c);
            int merged = 0;
            for (MergeDecision d : result.decisions()) {
                if (d.action() != MergeDecision.Action.MERGE) {
                    continue;
                }
                long a = records.get(d.records().get(0)).id();
                for (int k = 1; k < d.records().size(); k++) {
                    long b = records.get(d.records().get(k)).id();
                    if (groups.root(a) == groups.root(b) || decided.contains(key(a, b))) {
                        continue;
                    }
                    long id = insertDecision(c, "merge", Math.min(a, b), Math.max(a, b), d.rule(), null, null,
                            actor, at);
                    AuditLog.append(c, at, actor, "dedup-merge", "record", Math.max(a, b), null,
                            Json.object("decision", id, "merged_into", Math.min(a, b), "rule", d.rule()));
                    groups.union(a, b);
                    merged++;
                }
            }
            Set<String> queuedAlready = queuedPairs(c);
            int queued = 0;
            for (ReviewPair p : result.reviewQueue()) {
                long a = records.get(p.a()).id();
                long b = records.get(p.b()).id();
                String key = key(a, b);
                if (groups.root(a) == groups.root(b) || decided.contains(key) || queuedAlready.contains(key)) {
                    continue;
                }
                long id = Ids.next(c, "pair");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dedup_pair (id, record_a, record_b, "
                        + "score, agree, disagree, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, Math.min(a, b));
                    ps.setLong(3, Math.max(a, b));
                    ps.setDouble(4, p.score());
                    ps.setString(5, String.join(",", p.agree()));
                    ps.setString(6, String.join(",", p.disagree()));
                    ps.setString(7, at.toString());
                    ps.executeUpdate();
                }
                AuditLog.append(c, at, actor, "dedup-queue", "dedup_pair", id, null, Json.object("record_a",
                        Math.min(a, b), "record_b", Math.max(a, b), "score", p.score()));
                queuedAlready.add(key);
                queued++;
            }
            return new DedupRun(merged, queued, openPairs(c).size());
        });
    }

    /** A person resolves a queued pair: the same publication (merged) or different ones. */
    static void resolve(Database db, long pairId, boolean same, String actor, Instant at) {
        db.transact("resolving pair " + pairId, c -> {
            QueuedPair pair = openPairs(c).stream().filter(p -> p.id() == pairId).findFirst()
                    .orElseThrow(() -> new ReviewException(String.format(Locale.ROOT,
                            "review %s: no open deduplication pair %d", db.name(), pairId)));
            String action = same ? "merge" : "different";
            long id = insertDecision(c, action, pair.recordA(), pair.recordB(), "reviewer", pairId, null, actor, at);
            AuditLog.append(c, at, actor, "dedup-resolve", "dedup_pair", pairId, Json.object("status", "open"),
                    Json.object("decision", id, "status", same ? "same" : "different"));
            return null;
        });
    }

    /** Cancels a merge or a pair resolution; the records are apart (or the pair open) again. */
    static void undo(Database db, long decisionId, String actor, Instant at) {
        db.transact("undoing deduplication decision " + decisionId, c -> {
            long[] ab = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT record_a, record_b, action FROM dedup_decision "
                    + "WHERE id = ? AND action <> 'undo' AND id NOT IN (SELECT undoes FROM dedup_decision "
                    + "WHERE undoes IS NOT NULL)")) {
                ps.setLong(1, decisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ab = new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                }
            }
            if (ab == null) {
                throw new ReviewException(String.format(Locale.ROOT,
                        "review %s: no active deduplication decision %d to undo", db.name(), decisionId));
            }
            long id = insertDecision(c, "undo", ab[0], ab[1], "undo", null, decisionId, actor, at);
            AuditLog.append(c, at, actor, "dedup-undo", "dedup_decision", decisionId,
                    Json.object("active", true), Json.object("active", false, "undo", id));
            return null;
        });
    }

    private static long insertDecision(Connection c, String action, long a, long b, String rule, Long pairId,
            Long undoes, String actor, Instant at) throws SQLException {
        long id = Ids.next(c, "dedup");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dedup_decision (id, action, record_a, record_b, "
                + "rule, pair_id, undoes, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, action);
            ps.setLong(3, a);
            ps.setLong(4, b);
            ps.setString(5, rule);
            ps.setObject(6, pairId);
            ps.setObject(7, undoes);
            ps.setString(8, actor);
            ps.setString(9, at.toString());
            ps.executeUpdate();
        }
        return id;
    }

    /** The groups implied by the merges not undone. */
    static Groups groups(Connection c) throws SQLException {
        Groups groups = new Groups();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_a, record_b FROM dedup_decision WHERE "
                + "action = 'merge' AND id NOT IN (SELECT undoes FROM dedup_decision WHERE undoes IS NOT NULL)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.union(rs.getLong(1), rs.getLong(2));
            }
        }
        return groups;
    }

    /** Pairs with any decision, active or undone: the deduplicator does not propose them again. */
    private static Set<String> decidedPairs(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_a, record_b FROM dedup_decision "
                + "WHERE action <> 'undo'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(key(rs.getLong(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static Set<String> queuedPairs(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_a, record_b FROM dedup_pair");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(key(rs.getLong(1), rs.getLong(2)));
            }
        }
        return out;
    }

    /** Queued pairs with no active resolution whose records are still in different groups, best score first. */
    static List<QueuedPair> openPairs(Connection c) throws SQLException {
        Groups groups = groups(c);
        List<QueuedPair> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.record_a, p.record_b, p.score, p.agree, "
                + "p.disagree FROM dedup_pair p WHERE NOT EXISTS (SELECT 1 FROM dedup_decision d WHERE "
                + "d.pair_id = p.id AND d.id NOT IN (SELECT undoes FROM dedup_decision WHERE undoes IS NOT NULL)) "
                + "ORDER BY p.score DESC, p.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long a = rs.getLong(2);
                long b = rs.getLong(3);
                if (groups.root(a) != groups.root(b)) {
                    out.add(new QueuedPair(rs.getLong(1), a, b, rs.getDouble(4), split(rs.getString(5)),
                            split(rs.getString(6))));
                }
            }
        }
        return out;
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
