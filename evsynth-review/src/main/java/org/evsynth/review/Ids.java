package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out ids from {@code id_counter} inside the caller's transaction. The UPDATE locks the counter's row
 * until commit, so concurrent transactions get disjoint ranges on PostgreSQL, and a rolled-back transaction
 * gives its range back.
 */
final class Ids {

    private Ids() {
    }

    /** The first of {@code count} consecutive new ids of the named kind. */
    static long allocate(Connection c, String kind, int count) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE id_counter SET next_value = next_value + ? WHERE name = ?")) {
            up.setInt(1, count);
            up.setString(2, kind);
            if (up.executeUpdate() != 1) {
                throw new SQLException("no id counter named " + kind);
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT next_value FROM id_counter WHERE name = ?")) {
            q.setString(1, kind);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count;
            }
        }
    }

    static long next(Connection c, String kind) throws SQLException {
        return allocate(c, kind, 1);
    }
}
