package org.evsynth.review;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The duplicate groups implied by the merges not undone among records still in the review, by union-find; a
 * group's root, the record kept, is its smallest id, so the first-imported record of a group is the one screened.
 * Kept in {@code duplicate_of} so that reads need not recompute them.
 */
final class DuplicateGroups {

    private final Map<Long, Long> parent = new HashMap<>();

    private DuplicateGroups() {
    }

    long root(long id) {
        Long p = parent.get(id);
        if (p == null) {
            return id;
        }
        long r = root(p);
        if (r != p) {
            parent.put(id, r);
        }
        return r;
    }

    void union(long a, long b) {
        long ra = root(a);
        long rb = root(b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    /** The groups of the active merges between active records. */
    static DuplicateGroups load(Tx tx) throws SQLException {
        DuplicateGroups groups = new DuplicateGroups();
        for (long[] ab : tx.sql("SELECT d.record_a, d.record_b FROM dedup_decision d "
                + "JOIN record ra ON ra.id = d.record_a JOIN record rb ON rb.id = d.record_b "
                + "WHERE d.action = 'merge' AND NOT EXISTS (SELECT 1 FROM dedup_decision u WHERE u.undoes = d.id) "
                + "AND NOT EXISTS (SELECT 1 FROM search_withdrawal w WHERE w.search_id IN (ra.search_id, rb.search_id))")
                .list(rs -> new long[] {rs.getLong("record_a"), rs.getLong("record_b")})) {
            groups.union(ab[0], ab[1]);
        }
        return groups;
    }

    /**
     * Brings {@code duplicate_of} in line with the merges; returns the records whose group changed, whose screening
     * state the caller refreshes.
     */
    static Set<Long> refresh(Tx tx) throws SQLException {
        DuplicateGroups groups = load(tx);
        Map<Long, Long> target = new HashMap<>();
        for (long id : groups.parent.keySet()) {
            target.put(id, groups.root(id));
        }
        Map<Long, Long> stored = new HashMap<>();
        tx.sql("SELECT record_id, kept_id FROM duplicate_of").each(rs -> stored.put(rs.getLong("record_id"),
                rs.getLong("kept_id")));
        Set<Long> changed = new HashSet<>();
        for (Map.Entry<Long, Long> e : stored.entrySet()) {
            if (!e.getValue().equals(target.get(e.getKey()))) {
                tx.sql("DELETE FROM duplicate_of WHERE record_id = :id").bind("id", e.getKey()).update();
                changed.add(e.getKey());
            }
        }
        for (Map.Entry<Long, Long> e : target.entrySet()) {
            if (!e.getValue().equals(stored.get(e.getKey()))) {
                tx.sql("INSERT INTO duplicate_of (record_id, kept_id) VALUES (:id, :kept)").bind("id", e.getKey())
                        .bind("kept", e.getValue()).update();
                changed.add(e.getKey());
            }
        }
        return changed;
    }
}
