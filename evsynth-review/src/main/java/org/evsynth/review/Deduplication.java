package org.evsynth.review;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evsynth.records.BibRecord;
import org.evsynth.records.dedup.DeduplicationResult;
import org.evsynth.records.dedup.Deduplicator;
import org.evsynth.records.dedup.MergeDecision;
import org.evsynth.records.dedup.ReviewPair;

/**
 * Deduplication as recorded decisions. The records module's {@link Deduplicator} runs over every record in the
 * review; its stage-one merges are stored as {@code merge} rows and its review queue as {@code dedup_pair} rows. A
 * pair once decided, or a merge once undone, is never proposed again, so a person's word stands across later
 * imports. Nothing is deleted: an undo is a row naming the decision it cancels.
 */
public final class Deduplication {

    private final Database db;
    private final Protocols protocols;

    Deduplication(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /** A person's verdict on a queued pair. */
    public enum Verdict { SAME, DIFFERENT }

    /** Resolves the queued pair. */
    public record Resolve(long pair, Verdict verdict) {
    }

    /** Applies stage one of deduplication to every record and queues the uncertain pairs. */
    public DedupRun run(Actor actor) {
        return db.write(actor, "deduplication", tx -> {
            List<ReviewRecord> records = RecordReads.active(tx);
            List<BibRecord> bib = records.stream().map(ReviewRecord::record).toList();
            DeduplicationResult result = new Deduplicator().deduplicate(bib);
            DuplicateGroups groups = DuplicateGroups.load(tx);
            Set<String> decided = new HashSet<>(tx.sql("SELECT record_a, record_b FROM dedup_decision "
                    + "WHERE action <> 'undo'").list(rs -> key(rs.getLong("record_a"), rs.getLong("record_b"))));
            int merged = 0;
            for (MergeDecision d : result.decisions()) {
                if (d.action() != MergeDecision.Action.MERGE) {
                    continue;
                }
                long a = records.get(d.records().get(0)).id();
                for (int k = 1; k < d.records().size(); k++) {
                    long b = records.get(d.records().get(k)).id();
                    if (groups.root(a) != groups.root(b) && !decided.contains(key(a, b))) {
                        long id = insertDecision(tx, "merge", Math.min(a, b), Math.max(a, b), d.rule(), null, null);
                        tx.audit("dedup-merge", "record", Math.max(a, b)).after(Json.object("decision", id,
                                "merged_into", Math.min(a, b), "rule", d.rule())).write();
                        groups.union(a, b);
                        merged++;
                    }
                }
            }
            int queued = queue(tx, records, result.reviewQueue(), groups, decided);
            refreshGroups(tx);
            return new DedupRun(merged, queued, DedupQueue.open(tx).size());
        });
    }

    private static int queue(Tx tx, List<ReviewRecord> records, List<ReviewPair> pairs, DuplicateGroups groups,
            Set<String> decided) throws SQLException {
        Set<String> queuedAlready = new HashSet<>(tx.sql("SELECT record_a, record_b FROM dedup_pair")
                .list(rs -> key(rs.getLong("record_a"), rs.getLong("record_b"))));
        int queued = 0;
        for (ReviewPair p : pairs) {
            long a = Math.min(records.get(p.a()).id(), records.get(p.b()).id());
            long b = Math.max(records.get(p.a()).id(), records.get(p.b()).id());
            String key = key(a, b);
            if (groups.root(a) == groups.root(b) || decided.contains(key) || !queuedAlready.add(key)) {
                continue;
            }
            long id = tx.nextId("pair");
            tx.sql("INSERT INTO dedup_pair (id, record_a, record_b, score, agree, disagree, queued_at) VALUES "
                    + "(:id, :a, :b, :score, :agree, :disagree, :at)").bind("id", id).bind("a", a).bind("b", b)
                    .bind("score", p.score()).bind("agree", String.join(",", p.agree()))
                    .bind("disagree", String.join(",", p.disagree())).bind("at", tx.at().toString()).update();
            tx.audit("dedup-queue", "dedup_pair", id).after(Json.object("record_a", a, "record_b", b, "score",
                    p.score())).write();
            queued++;
        }
        return queued;
    }

    /** Pairs awaiting a person's decision, best score first. */
    public List<QueuedPair> queue() {
        return db.read("listing the deduplication queue", DedupQueue::open);
    }

    /** A person resolves a queued pair: the same publication (merged) or different ones. */
    public void resolve(Actor actor, Resolve command) {
        db.write(actor, "resolving pair " + command.pair(), tx -> {
            QueuedPair pair = DedupQueue.open(tx).stream().filter(p -> p.id() == command.pair()).findFirst()
                    .orElseThrow(() -> new UnknownEntityException(tx.say("no open deduplication pair %d",
                            command.pair())));
            boolean same = command.verdict() == Verdict.SAME;
            long id = insertDecision(tx, same ? "merge" : "different", pair.recordA(), pair.recordB(), "reviewer",
                    pair.id(), null);
            tx.audit("dedup-resolve", "dedup_pair", pair.id()).before(Json.object("status", "open"))
                    .after(Json.object("decision", id, "status", same ? "same" : "different")).write();
            refreshGroups(tx);
            return null;
        });
    }

    /** Cancels a merge or a pair's resolution; the records are apart (or the pair open) again. */
    public void undo(Actor actor, long decisionId) {
        db.write(actor, "undoing deduplication decision " + decisionId, tx -> {
            long[] ab = tx.sql("SELECT record_a, record_b FROM dedup_decision WHERE id = :id AND action <> 'undo' "
                    + "AND NOT EXISTS (SELECT 1 FROM dedup_decision u WHERE u.undoes = :id)").bind("id", decisionId)
                    .first(rs -> new long[] {rs.getLong("record_a"), rs.getLong("record_b")})
                    .orElseThrow(() -> new UnknownEntityException(tx.say("no active deduplication decision %d to "
                            + "undo", decisionId)));
            long id = insertDecision(tx, "undo", ab[0], ab[1], "undo", null, decisionId);
            tx.audit("dedup-undo", "dedup_decision", decisionId).before(Json.object("active", true))
                    .after(Json.object("active", false, "undo", id)).write();
            refreshGroups(tx);
            return null;
        });
    }

    /** Whether the record was merged into an earlier record's group. */
    public boolean isDuplicate(long recordId) {
        return db.read("reading duplicate groups", tx -> tx.sql("SELECT 1 FROM duplicate_of WHERE record_id = :id")
                .bind("id", recordId).exists());
    }

    private void refreshGroups(Tx tx) throws SQLException {
        Protocol protocol = protocols.current(tx);
        for (long id : DuplicateGroups.refresh(tx)) {
            ScreeningCache.refresh(tx, protocol, id);
        }
    }

    private static long insertDecision(Tx tx, String action, long a, long b, String rule, Long pair, Long undoes)
            throws SQLException {
        long id = tx.nextId("dedup");
        tx.sql("INSERT INTO dedup_decision (id, action, record_a, record_b, rule, pair_id, undoes, decided_by, "
                + "decided_at) VALUES (:id, :action, :a, :b, :rule, :pair, :undoes, :by, :at)").bind("id", id)
                .bind("action", action).bind("a", a).bind("b", b).bind("rule", rule).bind("pair", pair)
                .bind("undoes", undoes).bind("by", tx.actor().name()).bind("at", tx.at().toString()).update();
        return id;
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
