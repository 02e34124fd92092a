package org.evsynth.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Reads records back as the review holds them. */
final class RecordReads {

    private static final String COLUMNS = "SELECT r.id, r.search_id, r.position, r.fields FROM record r ";

    private RecordReads() {
    }

    /** The records still in the review (their search not withdrawn), by id. */
    static List<ReviewRecord> active(Tx tx) throws SQLException {
        return tx.sql(COLUMNS + "WHERE NOT EXISTS (SELECT 1 FROM search_withdrawal w WHERE w.search_id = r.search_id) "
                + "ORDER BY r.id").list(RecordReads::record);
    }

    /** @throws UnknownEntityException when there is no such record */
    static ReviewRecord get(Tx tx, long id) throws SQLException {
        return tx.sql(COLUMNS + "WHERE r.id = :id").bind("id", id).first(RecordReads::record)
                .orElseThrow(() -> new UnknownEntityException(String.format(Locale.ROOT, "review %s has no record %d",
                        tx.review(), id)));
    }

    static ReviewRecord record(ResultSet rs) throws SQLException {
        return new ReviewRecord(rs.getLong("id"), rs.getLong("search_id"), rs.getInt("position"),
                Json.record(rs.getString("fields")));
    }
}
