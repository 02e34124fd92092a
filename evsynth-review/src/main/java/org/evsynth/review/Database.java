package org.evsynth.review;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where a review is stored, and the one way to change it: {@link #transact}, which runs work in a transaction
 * and commits or rolls back as a whole. Idle connections are kept for reuse; the class is thread-safe.
 *
 * <p>SQLite runs in WAL mode (readers never block the writer) with a busy timeout, and every transaction begins
 * IMMEDIATE, taking the write lock at once, so two writers queue instead of failing on a lock upgrade.
 * {@code synchronous=FULL} makes a commit durable on disk, not only in the OS cache.
 */
final class Database implements AutoCloseable {

    /** The storage engine. */
    enum Kind { SQLITE, POSTGRESQL }

    private static final int BUSY_TIMEOUT_MS = 60_000;
    private static final int MAX_IDLE = 8;
    private static final int ATTEMPTS = 5;

    private final Kind kind;
    private final String name;
    private final Pool writers;
    private final Pool readers;

    private final DataSource writeSource;

    private Database(Kind kind, String name, DataSource writeSource, DataSource readSource) {
        this.writeSource = writeSource;
        this.kind = kind;
        this.name = name;
        this.writers = new Pool(writeSource);
        this.readers = readSource == writeSource ? writers : new Pool(readSource);
    }

    /** The data source that writers use, for schema migrations. */
    DataSource writeSource() {
        return writeSource;
    }

    static Database sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SQLiteDataSource readSource = new SQLiteDataSource(config);
        readSource.setUrl(url);
        SQLiteConfig writeConfig = new SQLiteConfig(config.toProperties());
        writeConfig.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource writeSource = new SQLiteDataSource(writeConfig);
        writeSource.setUrl(url);
        return new Database(Kind.SQLITE, file.toString(), writeSource, readSource);
    }

    static Database postgres(String jdbcUrl, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return new Database(Kind.POSTGRESQL, jdbcUrl, ds, ds);
    }

    Kind kind() {
        return kind;
    }

    /** The review's file or JDBC URL, for messages. */
    String name() {
        return name;
    }

    /**
     * Runs work in one transaction. PostgreSQL deadlocks and serialization failures are retried, since the
     * transaction was rolled back whole; any other failure rolls back and is thrown.
     *
     * @param what what the work does, for the exception message ("import of 'x.ris'")
     */
    <T> T transact(String what, SqlWork<T> work) {
        return run(writers, what, work);
    }

    /**
     * Runs read-only work in one transaction, a consistent snapshot. On SQLite it begins DEFERRED, so a long
     * read does not hold the write lock.
     */
    <T> T read(String what, SqlWork<T> work) {
        return run(readers, what, work);
    }

    private <T> T run(Pool pool, String what, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection connection = pool.borrow(what);
            boolean reusable = false;
            try {
                connection.setAutoCommit(false);
                T result = work.apply(connection);
                connection.commit();
                // sqlite-jdbc begins the next (IMMEDIATE) transaction at once: end it, so an idle connection holds no lock
                connection.setAutoCommit(true);
                reusable = true;
                return result;
            } catch (SQLException e) {
                reusable = rollback(connection);
                if (attempt < ATTEMPTS && retryable(e)) {
                    continue;
                }
                throw new ReviewException(String.format(Locale.ROOT, "review %s: %s failed: %s", name, what,
                        e.getMessage()), e);
            } catch (RuntimeException e) {
                reusable = rollback(connection);
                throw e;
            } finally {
                pool.release(connection, reusable);
            }
        }
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40P01".equals(state) || "40001".equals(state);
    }

    private static boolean rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            return true;
        } catch (SQLException ignored) {
            return false;
        }
    }

    /** Idle connections of one data source, kept for reuse. */
    private final class Pool {
        private final DataSource source;
        private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

        Pool(DataSource source) {
            this.source = source;
        }

        Connection borrow(String what) {
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
            try {
                return source.getConnection();
            } catch (SQLException e) {
                throw new ReviewException(String.format(Locale.ROOT, "review %s: cannot connect for %s: %s", name,
                        what, e.getMessage()), e);
            }
        }

        void release(Connection connection, boolean reusable) {
            if (reusable && idle.size() < MAX_IDLE) {
                idle.addFirst(connection);
                return;
            }
            closeQuietly(connection);
        }

        void close() {
            Connection c;
            while ((c = idle.pollFirst()) != null) {
                closeQuietly(c);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with a broken connection
        }
    }

    @Override
    public void close() {
        writers.close();
        readers.close();
    }
}
