package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full texts sought for retrieval: whether the report of a record included at title and abstract was obtained, for
 * the PRISMA 2020 boxes 'reports sought for retrieval' and 'reports not retrieved'. A report not retrieved leaves
 * the full-text queue until it is recorded as retrieved.
 */
public final class FullText {

    private final Database db;
    private final Protocols protocols;

    FullText(Database db, Protocols protocols) {
        this.db = db;
        this.protocols = protocols;
    }

    /** Whether the full text of the record was obtained. */
    public record Retrieval(long record, boolean retrieved) {
    }

    /**
     * Records the retrieval.
     *
     * @throws RefusedException when the record is not included at title and abstract (only those are sought)
     */
    public Retrieval record(Actor actor, Retrieval command) {
        return db.write(actor, "retrieval of record " + command.record(), tx -> {
            String doing = String.format(Locale.ROOT, "recording the full text of record %d as %s", command.record(),
                    command.retrieved() ? "retrieved" : "not retrieved");
            RecordPlace place = RecordPlace.of(tx, command.record());
            place.requireInReview(doing);
            if (place.titleAbstract().status() != StageOutcome.Status.INCLUDED) {
                throw place.refused(doing, "is " + place.titleAbstract().describe() + " at title-abstract; only "
                        + "records included there are sought for retrieval");
            }
            long id = tx.nextId("retrieval");
            String status = command.retrieved() ? "retrieved" : "not-retrieved";
            tx.sql("INSERT INTO retrieval (id, record_id, status, recorded_by, recorded_at) VALUES (:id, :record, "
                    + ":status, :by, :at)").bind("id", id).bind("record", command.record()).bind("status", status)
                    .bind("by", tx.actor().name()).bind("at", tx.at().toString()).update();
            ScreeningCache.refresh(tx, protocols.current(tx), command.record());
            tx.audit("retrieval", "record", command.record()).stage(Stage.FULL_TEXT)
                    .before(Json.object("not_retrieved", place.notRetrieved())).after(Json.object("status", status))
                    .write();
            return command;
        });
    }

    /** Every record sought for retrieval, by id, with what the viewer may see of it (blinding applies). */
    public List<FullTextReport> reports(Actor viewer) {
        return db.read("listing full texts", tx -> reports(tx, viewer, null));
    }

    /**
     * One record sought for retrieval, with what the viewer may see of it.
     *
     * @throws UnknownEntityException when there is no such record
     * @throws RefusedException when it was not sought (not included at title and abstract); the message says why
     */
    public FullTextReport report(Actor viewer, long record) {
        return db.read("reading the full text of record " + record, tx -> {
            List<FullTextReport> one = reports(tx, viewer, record);
            if (one.isEmpty()) {
                RecordPlace place = RecordPlace.of(tx, record);
                String doing = String.format(Locale.ROOT, "reading the full text of record %d", record);
                place.requireInReview(doing);
                throw place.refused(doing, "is " + place.titleAbstract().describe() + " at title-abstract; only "
                        + "records included there are sought for retrieval");
            }
            return one.get(0);
        });
    }

    private static List<FullTextReport> reports(Tx tx, Actor viewer, Long only) throws SQLException {
        String one = only == null ? "" : " AND s.record_id = :only";
        Map<Long, List<ScreeningDecision>> decisions = new HashMap<>();
        Sql visible = tx.sql("SELECT c.record_id, c.stage, c.reviewer, c.decision_id, c.decision, c.reason, c.note, "
                + "c.decided_at FROM current_decision c JOIN current_decision s ON s.record_id = c.record_id AND "
                + "s.stage = c.stage AND s.reviewer = :viewer WHERE c.stage = 'full-text'" + one
                + " ORDER BY c.decision_id").bind("viewer", viewer.name());
        for (ScreeningDecision d : bindOnly(visible, only).list(ScreeningCache::decision)) {
            decisions.computeIfAbsent(d.recordId(), k -> new ArrayList<>()).add(d);
        }
        Map<Long, List<Attachment>> files = new HashMap<>();
        Sql attached = tx.sql("SELECT s.id, s.record_id, s.file_name, s.media_type, s.byte_count, s.sha256, "
                + "s.attached_by, s.attached_at FROM attachment s WHERE s.withdrawn_at IS NULL" + one
                + " ORDER BY s.id");
        for (Attachment a : bindOnly(attached, only).list(Attachments::attachment)) {
            files.computeIfAbsent(a.record(), k -> new ArrayList<>()).add(a);
        }
        Sql sought = tx.sql("SELECT r.id, r.search_id, r.position, r.fields, s.state, s.reason, l.study_id FROM "
                + "stage_record s JOIN record r ON r.id = s.record_id LEFT JOIN study_report l ON l.record_id = "
                + "s.record_id WHERE s.stage = 'full-text'" + one + " ORDER BY s.record_id");
        return bindOnly(sought, only).list(rs -> {
            ReviewRecord record = RecordReads.record(rs);
            boolean notRetrieved = "not-retrieved".equals(rs.getString("state"));
            long study = rs.getLong("study_id");
            Long studyId = rs.wasNull() ? null : study;
            StageOutcome outcome = notRetrieved ? null : new StageOutcome(StageOutcome.Status.of(
                    rs.getString("state")), rs.getString("reason"));
            return new FullTextReport(record, outcome, notRetrieved, studyId,
                    decisions.getOrDefault(record.id(), List.of()), files.getOrDefault(record.id(), List.of()));
        });
    }

    private static Sql bindOnly(Sql sql, Long only) {
        return only == null ? sql : sql.bind("only", only);
    }
}
