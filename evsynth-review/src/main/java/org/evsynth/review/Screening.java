package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Writes screening decisions, conflict resolutions and retrieval results, each with its audit entry. */
final class Screening {

    private Screening() {
    }

    /** Checks a decision and records it in the caller's transaction. */
    static ScreeningDecision insert(Connection c, String review, Protocol protocol, long recordId, Stage stage,
            String reviewer, Decision decision, String reason, String note, Instant at) throws SQLException {
        requireRecord(c, review, recordId);
        checkReason(review, protocol, recordId, stage, decision == Decision.EXCLUDE, reason);
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "review %s: a decision on record %d needs a reviewer", review, recordId));
        }
        ScreeningDecision before = current(c, recordId, stage, reviewer);
        long id = Ids.next(c, "decision");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO screening_decision (id, record_id, stage, "
                + "reviewer, decision, reason, note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, recordId);
            ps.setString(3, stage.id());
            ps.setString(4, reviewer);
            ps.setString(5, decision.id());
            ps.setString(6, reason);
            ps.setString(7, note);
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
        ScreeningDecision saved = new ScreeningDecision(id, recordId, stage, reviewer, decision, reason, note, at);
        AuditLog.append(c, at, reviewer, "screen", "record", recordId, before == null ? null : view(before),
                view(saved));
        return saved;
    }

    /** The reviewer's current decision on the record at the stage, or null (none, or withdrawn). */
    static ScreeningDecision current(Connection c, long recordId, Stage stage, String reviewer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, decision, reason, note, decided_at FROM "
                + "screening_decision WHERE record_id = ? AND stage = ? AND reviewer = ? ORDER BY id DESC")) {
            ps.setLong(1, recordId);
            ps.setString(2, stage.id());
            ps.setString(3, reviewer);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || Decision.of(rs.getString(2)) == Decision.WITHDRAWN) {
                    return null;
                }
                return new ScreeningDecision(rs.getLong(1), recordId, stage, reviewer, Decision.of(rs.getString(2)),
                        rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5)));
            }
        }
    }

    static void resolve(Connection c, String review, Protocol protocol, long recordId, Stage stage, String resolver,
            boolean include, String reason, String note, Instant at) throws SQLException {
        requireRecord(c, review, recordId);
        checkReason(review, protocol, recordId, stage, !include, reason);
        long id = Ids.next(c, "resolution");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conflict_resolution (id, record_id, stage, "
                + "resolver, decision, reason, note, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, recordId);
            ps.setString(3, stage.id());
            ps.setString(4, resolver);
            ps.setString(5, include ? "include" : "exclude");
            ps.setString(6, reason);
            ps.setString(7, note);
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, at, resolver, "resolve-conflict", "record", recordId, null, Json.object("resolution", id,
                "stage", stage.id(), "decision", include ? "include" : "exclude", "reason", reason, "note", note));
    }

    static void retrieval(Connection c, String review, long recordId, boolean retrieved, String actor, Instant at)
            throws SQLException {
        requireRecord(c, review, recordId);
        long id = Ids.next(c, "retrieval");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO retrieval (id, record_id, status, recorded_by, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, recordId);
            ps.setString(3, retrieved ? "retrieved" : "not-retrieved");
            ps.setString(4, actor);
            ps.setString(5, at.toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, at, actor, "retrieval", "record", recordId, null,
                Json.object("status", retrieved ? "retrieved" : "not-retrieved"));
    }

    private static void requireRecord(Connection c, String review, long recordId) throws SQLException {
        if (!RecordQueries.exists(c, recordId)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "review %s has no record %d", review,
                    recordId));
        }
    }

    /** A full-text exclusion needs a reason from the protocol's list (PRISMA 2020 item 16a). */
    private static void checkReason(String review, Protocol protocol, long recordId, Stage stage, boolean exclude,
            String reason) {
        if (stage != Stage.FULL_TEXT || !exclude) {
            return;
        }
        if (reason == null || !protocol.exclusionReasons().contains(reason)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "review %s: full-text exclusion of record %d needs a reason from the protocol's list %s, "
                            + "not '%s'", review, recordId, protocol.exclusionReasons(), reason));
        }
    }

    private static Map<String, Object> view(ScreeningDecision d) {
        return Json.object("decision_id", d.id(), "stage", d.stage().id(), "reviewer", d.reviewer(),
                "decision", d.decision().id(), "reason", d.reason(), "note", d.note());
    }
}
