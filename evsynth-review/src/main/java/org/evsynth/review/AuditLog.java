package org.evsynth.review;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The append-only audit log: every change appends its entry in its own transaction, naming the person, and the log
 * reads back filtered by person, stage and date for the review's owner.
 */
public final class AuditLog {

    private final Database db;

    AuditLog(Database db) {
        this.db = db;
    }

    /**
     * Which entries to read; null fields do not filter.
     *
     * @param actor the person who acted
     * @param stage entries about screening, conflicts or retrieval at this stage
     * @param from  entries on or after this day (UTC)
     * @param to    entries on or before this day (UTC)
     */
    public record Query(String actor, Stage stage, LocalDate from, LocalDate to) {

        /** Every entry. */
        public static Query all() {
            return new Query(null, null, null, null);
        }
    }

    /** The entries the query selects, oldest first. */
    public List<AuditEntry> entries(Query query) {
        return db.read("reading the audit log", tx -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (query.actor() != null) {
                where.append(" AND actor = :actor");
            }
            if (query.stage() != null) {
                where.append(" AND stage = :stage");
            }
            if (query.from() != null) {
                where.append(" AND at >= :from");
            }
            if (query.to() != null) {
                where.append(" AND at < :to");
            }
            Sql sql = tx.sql("SELECT id, at, actor, action, entity, entity_id, stage, before_json, after_json "
                    + "FROM audit_log" + where + " ORDER BY id");
            bindIfSet(sql, "actor", query.actor());
            bindIfSet(sql, "stage", query.stage() == null ? null : query.stage().id());
            bindIfSet(sql, "from", query.from() == null ? null : query.from().atStartOfDay(ZoneOffset.UTC)
                    .toInstant().toString());
            bindIfSet(sql, "to", query.to() == null ? null : query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().toString());
            return sql.list(rs -> new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")),
                    rs.getString("actor"), rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                    rs.getString("stage") == null ? null : Stage.of(rs.getString("stage")),
                    rs.getString("before_json"), rs.getString("after_json")));
        });
    }

    private static void bindIfSet(Sql sql, String name, Object value) {
        if (value != null) {
            sql.bind(name, value);
        }
    }

    /**
     * One entry being written: what was done to which entity, at which stage, with its state before and after as
     * JSON. Appended by {@link #write()} in the transaction of the change it records.
     */
    static final class Entry {
        private final Tx tx;
        private final String action;
        private final String entity;
        private final String entityId;
        private Stage stage;
        private Object before;
        private Object after;

        Entry(Tx tx, String action, String entity, String entityId) {
            this.tx = tx;
            this.action = action;
            this.entity = entity;
            this.entityId = entityId;
        }

        Entry stage(Stage value) {
            this.stage = value;
            return this;
        }

        Entry before(Object value) {
            this.before = value;
            return this;
        }

        Entry after(Object value) {
            this.after = value;
            return this;
        }

        void write() throws SQLException {
            tx.sql("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, stage, before_json, after_json) "
                    + "VALUES (:id, :at, :actor, :action, :entity, :entity_id, :stage, :before, :after)")
                    .bind("id", tx.nextId("audit")).bind("at", tx.at().toString()).bind("actor", tx.actor().name())
                    .bind("action", action).bind("entity", entity).bind("entity_id", entityId)
                    .bind("stage", stage == null ? null : stage.id()).bind("before", Json.write(before))
                    .bind("after", Json.write(after)).update();
        }
    }
}
