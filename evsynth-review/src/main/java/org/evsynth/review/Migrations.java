package org.evsynth.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies the versioned SQL files under {@code migrations/} (listed, in order, in {@code migrations/index}),
 * each in its own transaction, and records them in {@code schema_version}. Both SQLite and PostgreSQL run DDL
 * inside transactions, so a migration is applied whole or not at all. A small runner rather than Flyway: the
 * schema is one portable script per version, and Flyway's SQLite support moved between artifacts.
 */
final class Migrations {

    private static final String DIR = "migrations/";

    private Migrations() {
    }

    /** Brings the schema up to date; returns the versions applied now. */
    static List<Integer> migrate(Database db, Clock clock) {
        db.transact("creating schema_version", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            return null;
        });
        List<Integer> applied = new ArrayList<>();
        for (String file : index()) {
            int version = version(file);
            boolean done = db.transact("migration " + file, c -> {
                if (isApplied(c, version)) {
                    return false;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(resource(file))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, file);
                    ps.setString(3, clock.instant().toString());
                    ps.executeUpdate();
                }
                return true;
            });
            if (done) {
                applied.add(version);
            }
        }
        return applied;
    }

    private static boolean isApplied(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> index() {
        return resource("index").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static int version(String file) {
        int end = file.indexOf("__");
        if (!file.startsWith("V") || end < 2) {
            throw new IllegalStateException("migration file name must be V<n>__<what>.sql: " + file);
        }
        return Integer.parseInt(file.substring(1, end));
    }

    /** Statements of a script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(String.format(Locale.ROOT, "missing migration resource %s%s", DIR,
                        name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
