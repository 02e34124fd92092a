package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends to and reads the audit log; appends always run in the transaction of the change they record. */
final class AuditLog {

    private AuditLog() {
    }

    static void append(Connection c, Instant at, String actor, String action, String entity, Object entityId,
            Object before, Object after) throws SQLException {
        long id = Ids.next(c, "audit");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, at, actor, action, entity, "
                + "entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, at.toString());
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, entity);
            ps.setString(6, String.valueOf(entityId));
            ps.setString(7, Json.write(before));
            ps.setString(8, Json.write(after));
            ps.executeUpdate();
        }
    }

    static List<AuditEntry> read(Connection c) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, action, entity, entity_id, "
                + "before_json, after_json FROM audit_log ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return out;
    }
}
