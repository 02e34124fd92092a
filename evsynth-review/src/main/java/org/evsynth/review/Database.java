package org.evsynth.review;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a review is stored, and the two ways in: {@link #write}, which runs work in one transaction under a person's
 * name and commits or rolls back as a whole, and {@link #read}, a consistent snapshot. Connections come from HikariCP
 * pools; the class is thread-safe.
 *
 * <p>SQLite runs in WAL mode (readers never block the writer) with a busy timeout. Writers share one pooled
 * connection whose transactions begin IMMEDIATE, taking the write lock at once, so writers of this process queue on
 * the pool and writers of other processes on the lock, instead of failing on a lock upgrade; readers have their own
 * pool. {@code synchronous=FULL} makes a commit durable on disk, not only in the OS cache. PostgreSQL has one pool;
 * deadlocks and serialization failures are retried, since the transaction was rolled back whole.
 */
final class Database implements AutoCloseable {

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Tx tx) throws SQLException;
    }

    /** The storage engine. */
    enum Kind { SQLITE, POSTGRESQL }

    private static final int SQLITE_READERS = 4;
    private static final int SERVER_CONNECTIONS = 8;
    private static final int ATTEMPTS = 5;

    private final Kind kind;
    private final String name;
    private final DataSource migrationSource;
    private final HikariDataSource writers;
    private final HikariDataSource readers;
    private final StorageErrors errors;
    private final Clock clock;

    private Database(Kind kind, String name, DataSource migrationSource, HikariDataSource writers,
            HikariDataSource readers, StorageErrors errors, Clock clock) {
        this.kind = kind;
        this.name = name;
        this.migrationSource = migrationSource;
        this.writers = writers;
        this.readers = readers;
        this.errors = errors;
        this.clock = clock;
    }

    /** Opens pools on a review file that {@link SqliteFile#check} has found sound. */
    static Database sqlite(Path file) {
        StorageErrors errors = StorageErrors.sqlite(file);
        HikariDataSource writers = pool("writer", SqliteFile.dataSource(file, true), 1, errors);
        HikariDataSource readers = pool("reader", SqliteFile.dataSource(file, false), SQLITE_READERS, errors);
        return new Database(Kind.SQLITE, file.toString(), SqliteFile.dataSource(file, true), writers, readers,
                errors, Clock.systemUTC());
    }

    /** Opens a pool on the server; an unreachable server or a refused login is one line naming host and port. */
    static Database postgres(ServerAddress address) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(address.jdbcUrl());
        if (address.user() != null) {
            ds.setUser(address.user());
        }
        if (address.password() != null) {
            ds.setPassword(address.password());
        }
        ds.setConnectTimeout(10);
        StorageErrors errors = StorageErrors.postgres(address);
        HikariDataSource pool = pool("server", ds, SERVER_CONNECTIONS, errors);
        return new Database(Kind.POSTGRESQL, address.toString(), pool, pool, pool, errors, Clock.systemUTC());
    }

    private static HikariDataSource pool(String role, DataSource source, int size, StorageErrors errors) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("evsynth-review-" + role);
        config.setDataSource(source);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(1, size));
        config.setConnectionTimeout(60_000);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw errors.translate("opening the review", e);
        }
    }

    /** The same database, recording another clock's times; shares the pools, close either. */
    Database withClock(Clock newClock) {
        return new Database(kind, name, migrationSource, writers, readers, errors, newClock);
    }

    Kind kind() {
        return kind;
    }

    /** The review's file or server address, for messages. */
    String name() {
        return name;
    }

    /** An unpooled source for Flyway, which takes connections of its own. */
    DataSource migrationSource() {
        return migrationSource;
    }

    /**
     * Runs work in one transaction as the person acting; every entry it appends to the audit log names them.
     *
     * @param what what the work does, for the exception message ("import of 'x.ris'")
     */
    <T> T write(Actor actor, String what, Work<T> work) {
        return run(writers, actor, what, work);
    }

    /** Runs read-only work in one transaction, a consistent snapshot; on SQLite it does not take the write lock. */
    <T> T read(String what, Work<T> work) {
        return run(readers, null, what, work);
    }

    private <T> T run(HikariDataSource pool, Actor actor, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = pool.getConnection()) {
                // begins the transaction (on SQLite a writer's BEGIN IMMEDIATE); the pool restores autocommit after
                connection.setAutoCommit(false);
                try {
                    T result = work.apply(new Tx(connection, name, actor, clock.instant()));
                    connection.commit();
                    // sqlite-jdbc begins the next (IMMEDIATE) transaction at once: end it, so that an idle pooled
                    // connection holds no lock (the people store's connections write beside the review's)
                    connection.setAutoCommit(true);
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(connection);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && errors.retryable(e)) {
                    continue;
                }
                throw errors.translate(what, e);
            }
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the pool replaces it
        }
    }

    @Override
    public void close() {
        writers.close();
        readers.close();
    }
}
