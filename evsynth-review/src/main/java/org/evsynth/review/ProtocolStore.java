package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Versions of the protocol's YAML, newest last; a new version is stored only when the text changed. */
final class ProtocolStore {

    private ProtocolStore() {
    }

    /** The newest protocol text, or null before the first is saved. */
    static String latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT yaml FROM protocol_version ORDER BY version DESC");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Stores the text as a new version unless it equals the newest; returns whether it stored one. */
    static boolean save(Connection c, String yaml, String actor, Instant at) throws SQLException {
        Protocol.parse(yaml);
        String previous = latest(c);
        if (yaml.equals(previous)) {
            return false;
        }
        long version = Ids.next(c, "protocol");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO protocol_version (version, yaml, saved_at, "
                + "saved_by) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, version);
            ps.setString(2, yaml);
            ps.setString(3, at.toString());
            ps.setString(4, actor);
            ps.executeUpdate();
        }
        AuditLog.append(c, at, actor, "protocol", "protocol", version,
                previous == null ? null : Json.object("yaml", previous), Json.object("yaml", yaml));
        return true;
    }
}
