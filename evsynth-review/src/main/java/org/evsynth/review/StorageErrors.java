package org.evsynth.review;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What a failure of the database means to the person using the review, in one line: a damaged SQLite file (with how
 * to restore it), an unreachable PostgreSQL server (host and port, never the password), or a failed statement.
 */
final class StorageErrors {

    /** SQLite's result codes for a damaged file and for a file that is not a database. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final Path sqliteFile;
    private final ServerAddress server;

    private StorageErrors(Path sqliteFile, ServerAddress server) {
        this.sqliteFile = sqliteFile;
        this.server = server;
    }

    static StorageErrors sqlite(Path file) {
        return new StorageErrors(file, null);
    }

    static StorageErrors postgres(ServerAddress address) {
        return new StorageErrors(null, address);
    }

    /** PostgreSQL deadlocks and serialization failures: the transaction was rolled back whole and can run again. */
    boolean retryable(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    /** The exception to throw for a failure during the work described. */
    ReviewException translate(String what, Exception failure) {
        SQLException e = sqlCause(failure);
        if (sqliteFile != null && e != null && isDamage(e)) {
            return damaged(sqliteFile, e.getMessage(), e);
        }
        if (server != null && e != null && e.getSQLState() != null) {
            ReviewException connection = connectionFailure(e);
            if (connection != null) {
                return connection;
            }
        }
        String name = sqliteFile != null ? sqliteFile.toString() : server.toString();
        return new StorageException(String.format(Locale.ROOT, "review %s: %s failed: %s", name, what,
                e == null ? failure.getMessage() : e.getMessage()), failure);
    }

    private ReviewException connectionFailure(SQLException e) {
        String state = e.getSQLState();
        String where = server.host() + ":" + server.port();
        if (state.startsWith("08")) {
            return new ServerUnreachableException(String.format(Locale.ROOT, "cannot reach the PostgreSQL server at "
                    + "%s (%s); check that it runs and accepts connections there", where, firstSentence(e)), e);
        }
        if (state.startsWith("28")) {
            return new ServerUnreachableException(String.format(Locale.ROOT, "the PostgreSQL server at %s refused "
                    + "the login of user '%s'; check EVSYNTH_DB_USER and EVSYNTH_DB_PASSWORD", where,
                    server.user() == null ? "(from the URL)" : server.user()), e);
        }
        if ("3D000".equals(state)) {
            return new UnknownEntityException(String.format(Locale.ROOT, "the PostgreSQL server at %s has no "
                    + "database '%s'; create it first (createdb %s)", where, server.database(), server.database()));
        }
        return null;
    }

    /** The driver's message up to its first full stop, which never holds the password. */
    private static String firstSentence(SQLException e) {
        String m = e.getMessage() == null ? "no message" : e.getMessage();
        int stop = m.indexOf(". ");
        return (stop < 0 ? m : m.substring(0, stop)).strip();
    }

    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        String m = e.getMessage() == null ? "" : e.getMessage();
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || m.contains("SQLITE_CORRUPT")
                || m.contains("SQLITE_NOTADB") || m.contains("malformed");
    }

    static DamagedReviewException damaged(Path file, String finding, Throwable cause) {
        String what = finding == null ? "unreadable" : finding.replaceAll("\\s+", " ").strip();
        return new DamagedReviewException(String.format(Locale.ROOT, "%s is damaged (SQLite: %s); evsynth will "
                + "neither read nor write it. Restore %s from your latest backup (README, 'Backing up a review') "
                + "and run the command again", file, what, file.getFileName()), cause);
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
