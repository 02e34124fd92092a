package org.evsynth.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the derived tables {@code current_decision} and {@code stage_record} in line with the decisions,
 * resolutions, retrievals, duplicate groups and withdrawn searches, in the transaction of each change: a record's
 * rows are a function of that record's facts alone ({@link #rows}), recomputed whole when they change. A full
 * rebuild runs after the schema migration that added the tables and when the protocol changes how records are
 * screened.
 */
final class ScreeningCache {

    /** The version of the derived tables' contents; a lower one in derived_state makes the next open rebuild them. */
    private static final int VERSION = 1;
    /** The settlements that count: those no one has taken back ({@link Conflicts#undo}). */
    static final String IN_FORCE = "NOT EXISTS (SELECT 1 FROM resolution_undo u WHERE u.resolution_id = "
            + "conflict_resolution.id)";

    /** The facts about one record that its screening state follows from. */
    private static final class Facts {
        final Map<Stage, List<ScreeningDecision>> decisions = new EnumMap<>(Stage.class);
        final Map<Stage, StageOutcome> resolutions = new EnumMap<>(Stage.class);
        boolean notRetrieved;
        boolean automationExcluded;
    }

    private record StageRow(Stage stage, String state, String reason, boolean open) {
    }

    private ScreeningCache() {
    }

    /** Whether the derived tables are older than this version of evsynth's. */
    static boolean isStale(Tx tx) throws SQLException {
        return tx.sql("SELECT version FROM derived_state WHERE name = 'screening'").count() < VERSION;
    }

    /** Rebuilds the derived tables when they are stale; returns whether it did. */
    static boolean rebuildIfStale(Tx tx, Protocol protocol) throws SQLException {
        if (!isStale(tx)) {
            return false;
        }
        rebuild(tx, protocol);
        return true;
    }

    /** Recomputes every record's rows from the facts. */
    static void rebuild(Tx tx, Protocol protocol) throws SQLException {
        tx.sql("DELETE FROM stage_record").update();
        tx.sql("DELETE FROM current_decision").update();
        QueueCursors.reset(tx);
        tx.sql("INSERT INTO current_decision (record_id, stage, reviewer, decision_id, decision, reason, note, "
                + "decided_at) SELECT d.record_id, d.stage, d.reviewer, d.id, d.decision, d.reason, d.note, "
                + "d.decided_at FROM screening_decision d WHERE d.decision <> 'withdrawn' AND d.id = (SELECT MAX(x.id) "
                + "FROM screening_decision x WHERE x.record_id = d.record_id AND x.stage = d.stage "
                + "AND x.reviewer = d.reviewer)").update();
        DuplicateGroups.refresh(tx);
        Map<Long, Facts> facts = loadAll(tx);
        try (Sql.Batch insert = tx.batch(INSERT)) {
            for (long id : tx.sql("SELECT r.id FROM record r WHERE NOT EXISTS (SELECT 1 FROM duplicate_of d "
                    + "WHERE d.record_id = r.id) AND NOT EXISTS (SELECT 1 FROM search_withdrawal w "
                    + "WHERE w.search_id = r.search_id) ORDER BY r.id").list(rs -> rs.getLong("id"))) {
                for (StageRow row : rows(protocol, facts.getOrDefault(id, new Facts()))) {
                    insert.add(values(protocol, id, row));
                }
            }
        }
        tx.sql("UPDATE derived_state SET version = :v WHERE name = 'screening'").bind("v", VERSION).update();
    }

    /** Recomputes one record's rows, writing them only when they changed. */
    static void refresh(Tx tx, Protocol protocol, long recordId) throws SQLException {
        List<StageRow> rows = compute(tx, protocol, recordId);
        List<StageRow> stored = tx.sql("SELECT stage, state, reason, is_open FROM stage_record WHERE record_id = :id "
                + "ORDER BY CASE stage WHEN 'title-abstract' THEN 0 ELSE 1 END").bind("id", recordId)
                .list(rs -> new StageRow(Stage.of(rs.getString("stage")), rs.getString("state"),
                        rs.getString("reason"), rs.getInt("is_open") == 1));
        if (rows.equals(stored)) {
            return;
        }
        tx.sql("DELETE FROM stage_record WHERE record_id = :id").bind("id", recordId).update();
        for (StageRow row : rows) {
            Sql insert = tx.sql(INSERT);
            Map<String, Object> values = values(protocol, recordId, row);
            values.forEach(insert::bind);
            insert.update();
            if (row.open()) {
                QueueCursors.opened(tx, row.stage(), recordId, (Long) values.get("key"));
            }
        }
    }

    /** The rows the record's facts give: none when it is a duplicate or withdrawn. */
    private static List<StageRow> compute(Tx tx, Protocol protocol, long recordId) throws SQLException {
        boolean screened = tx.sql("SELECT 1 FROM record r WHERE r.id = :id AND NOT EXISTS (SELECT 1 FROM "
                + "duplicate_of d WHERE d.record_id = r.id) AND NOT EXISTS (SELECT 1 FROM search_withdrawal w "
                + "WHERE w.search_id = r.search_id)").bind("id", recordId).exists();
        if (!screened) {
            return List.of();
        }
        Facts f = new Facts();
        for (ScreeningDecision d : currentDecisions(tx, "WHERE record_id = :id", Map.of("id", recordId))) {
            f.decisions.computeIfAbsent(d.stage(), s -> new ArrayList<>()).add(d);
        }
        tx.sql("SELECT stage, decision, reason FROM conflict_resolution WHERE record_id = :id AND " + IN_FORCE
                + " ORDER BY id")
                .bind("id", recordId).each(rs -> f.resolutions.put(Stage.of(rs.getString("stage")), resolution(rs)));
        f.notRetrieved = tx.sql("SELECT status FROM retrieval WHERE record_id = :id ORDER BY id DESC")
                .bind("id", recordId).first(rs -> rs.getString("status")).map("not-retrieved"::equals).orElse(false);
        f.automationExcluded = tx.sql("SELECT 1 FROM automation_exclusion WHERE record_id = :id").bind("id", recordId)
                .exists();
        return rows(protocol, f);
    }

    /** Adds newly imported records, which have no decisions yet, to the title-and-abstract queue. */
    static void addImported(Tx tx, Protocol protocol, long first, int count) throws SQLException {
        long smallest = Long.MAX_VALUE;
        try (Sql.Batch insert = tx.batch(INSERT)) {
            for (long id = first; id < first + count; id++) {
                Map<String, Object> values = values(protocol, id, new StageRow(Stage.TITLE_ABSTRACT, "pending", null,
                        true));
                insert.add(values);
                smallest = Math.min(smallest, (Long) values.get("key"));
            }
        }
        QueueCursors.imported(tx, smallest);
    }

    /** Replaces the reviewer's current decision on the record at the stage (a withdrawal leaves none). */
    static void setCurrent(Tx tx, ScreeningDecision d) throws SQLException {
        tx.sql("DELETE FROM current_decision WHERE record_id = :record AND stage = :stage AND reviewer = :reviewer")
                .bind("record", d.recordId()).bind("stage", d.stage().id()).bind("reviewer", d.reviewer()).update();
        if (d.decision() != Decision.WITHDRAWN) {
            tx.sql("INSERT INTO current_decision (record_id, stage, reviewer, decision_id, decision, reason, note, "
                    + "decided_at) VALUES (:record, :stage, :reviewer, :id, :decision, :reason, :note, :at)")
                    .bind("record", d.recordId()).bind("stage", d.stage().id()).bind("reviewer", d.reviewer())
                    .bind("id", d.id()).bind("decision", d.decision().id()).bind("reason", d.reason())
                    .bind("note", d.note()).bind("at", d.at().toString()).update();
        }
    }

    /** The current decisions selected by a WHERE clause on {@code current_decision} and its parameters. */
    static List<ScreeningDecision> currentDecisions(Tx tx, String where, Map<String, ?> params)
            throws SQLException {
        Sql sql = tx.sql("SELECT record_id, stage, reviewer, decision_id, decision, reason, note, decided_at "
                + "FROM current_decision " + where + " ORDER BY decision_id");
        params.forEach(sql::bind);
        return sql.list(ScreeningCache::decision);
    }

    static ScreeningDecision decision(ResultSet rs) throws SQLException {
        return new ScreeningDecision(rs.getLong("decision_id"), rs.getLong("record_id"), Stage.of(rs.getString("stage")),
                rs.getString("reviewer"), Decision.of(rs.getString("decision")), rs.getString("reason"),
                rs.getString("note"), Instant.parse(rs.getString("decided_at")));
    }

    private static StageOutcome resolution(ResultSet rs) throws SQLException {
        return new StageOutcome("include".equals(rs.getString("decision")) ? StageOutcome.Status.INCLUDED
                : StageOutcome.Status.EXCLUDED, rs.getString("reason"));
    }

    /**
     * A record's rows: title and abstract always; full text once included there, or not-retrieved. A record marked
     * by a stop of the stopping rule and decided by nobody since is excluded at title and abstract by automation.
     */
    private static List<StageRow> rows(Protocol protocol, Facts f) {
        List<StageRow> rows = new ArrayList<>(2);
        List<ScreeningDecision> taDecisions = f.decisions.getOrDefault(Stage.TITLE_ABSTRACT, List.of());
        StageOutcome ta = f.automationExcluded && taDecisions.isEmpty()
                ? new StageOutcome(StageOutcome.Status.EXCLUDED, ScreeningStops.REASON)
                : OutcomeRule.outcome(protocol.screeningMode(), taDecisions, f.resolutions.get(Stage.TITLE_ABSTRACT));
        rows.add(row(Stage.TITLE_ABSTRACT, ta));
        if (ta.status() != StageOutcome.Status.INCLUDED) {
            return rows;
        }
        if (f.notRetrieved) {
            rows.add(new StageRow(Stage.FULL_TEXT, "not-retrieved", null, false));
            return rows;
        }
        rows.add(row(Stage.FULL_TEXT, OutcomeRule.outcome(protocol.screeningMode(),
                f.decisions.getOrDefault(Stage.FULL_TEXT, List.of()), f.resolutions.get(Stage.FULL_TEXT))));
        return rows;
    }

    private static StageRow row(Stage stage, StageOutcome o) {
        return new StageRow(stage, o.status().id(), o.reason(), !o.isFinal());
    }

    private static final String INSERT = "INSERT INTO stage_record (record_id, stage, state, reason, is_open, "
            + "queue_key) VALUES (:record, :stage, :state, :reason, :open, :key)";

    private static Map<String, Object> values(Protocol protocol, long id, StageRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", id);
        m.put("stage", row.stage().id());
        m.put("state", row.state());
        m.put("reason", row.reason());
        m.put("open", row.open() ? 1 : 0);
        m.put("key", protocol.order().key(id, protocol.seed()));
        return m;
    }

    private static Map<Long, Facts> loadAll(Tx tx) throws SQLException {
        Map<Long, Facts> facts = new HashMap<>();
        for (ScreeningDecision d : tx.sql("SELECT record_id, stage, reviewer, decision_id, decision, reason, note, "
                + "decided_at FROM current_decision ORDER BY decision_id").list(ScreeningCache::decision)) {
            facts.computeIfAbsent(d.recordId(), k -> new Facts()).decisions
                    .computeIfAbsent(d.stage(), s -> new ArrayList<>()).add(d);
        }
        tx.sql("SELECT record_id, stage, decision, reason FROM conflict_resolution WHERE " + IN_FORCE
                + " ORDER BY id").each(rs ->
                facts.computeIfAbsent(rs.getLong("record_id"), k -> new Facts()).resolutions
                        .put(Stage.of(rs.getString("stage")), resolution(rs)));
        Set<Long> notRetrieved = new HashSet<>();
        tx.sql("SELECT record_id, status FROM retrieval ORDER BY id").each(rs -> {
            if ("not-retrieved".equals(rs.getString("status"))) {
                notRetrieved.add(rs.getLong("record_id"));
            } else {
                notRetrieved.remove(rs.getLong("record_id"));
            }
        });
        notRetrieved.forEach(id -> facts.computeIfAbsent(id, k -> new Facts()).notRetrieved = true);
        tx.sql("SELECT record_id FROM automation_exclusion").each(rs ->
                facts.computeIfAbsent(rs.getLong("record_id"), k -> new Facts()).automationExcluded = true);
        return facts;
    }
}
