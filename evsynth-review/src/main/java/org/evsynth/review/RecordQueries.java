package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads records back. */
final class RecordQueries {

    private RecordQueries() {
    }

    /** Every record, by id. */
    static List<ReviewRecord> all(Connection c) throws SQLException {
        List<ReviewRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, search_id, position, fields FROM record "
                + "ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ReviewRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3), Json.record(rs.getString(4))));
            }
        }
        return out;
    }

    static ReviewRecord get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, search_id, position, fields FROM record "
                + "WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ReviewRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        Json.record(rs.getString(4))) : null;
            }
        }
    }

    static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM record WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Record ids and the source of their search, by id. */
    static List<long[]> ids(Connection c) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, search_id FROM record ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }
}
