package org.evsynth.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A review's SQLite file: how to connect to it, and the check made before anything else touches it. The check runs
 * on a plain connection that sets no pragma, so an empty file or another program's database is left exactly as it
 * was (no schema, no journal mode written).
 */
final class SqliteFile {

    private static final int BUSY_TIMEOUT_MS = 60_000;
    /** quick_check stops after this many problems; the first names the damage well enough. */
    private static final int PROBLEMS = 3;

    private SqliteFile() {
    }

    /** Connections in WAL mode with a busy timeout and foreign keys; a writer's transactions begin IMMEDIATE. */
    static DataSource dataSource(Path file, boolean writer) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        if (writer) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    /** What a file holds. */
    enum Content { EMPTY, REVIEW, OTHER }

    /**
     * Checks the file with {@code PRAGMA quick_check} (the B-trees, pages and records; not the indexes' contents,
     * which {@code integrity_check} would also compare at several times the cost) and says whether it holds a review.
     *
     * @throws DamagedReviewException when the file is truncated, overwritten or no SQLite database at all
     */
    static Content check(Path file) {
        try {
            if (Files.size(file) == 0) {
                return Content.EMPTY;
            }
        } catch (IOException e) {
            throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check(" + PROBLEMS + ")")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw StorageErrors.damaged(file, String.join("; ", problems), null);
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('review', 'flyway_schema_history')")) {
                int found = 0;
                while (rs.next()) {
                    found++;
                }
                return found == 2 ? Content.REVIEW : found == 0 && tables(s) == 0 ? Content.EMPTY : Content.OTHER;
            }
        } catch (SQLException e) {
            if (StorageErrors.isDamage(e)) {
                throw StorageErrors.damaged(file, e.getMessage(), e);
            }
            throw new StorageException(String.format(Locale.ROOT, "cannot open %s: %s", file, e.getMessage()), e);
        }
    }

    private static int tables(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
