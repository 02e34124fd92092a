package org.evsynth.review.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What the member store needs from the review's database: transactions on its connections, ids from its counters
 * and entries in its audit log, each inside the caller's transaction. The review package provides it
 * ({@code org.evsynth.review.PeopleStorage}); nothing else needs to.
 */
public interface ReviewTables extends AutoCloseable {

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Runs work in one transaction that commits or rolls back as a whole. */
    <T> T write(String what, Work<T> work);

    /** Runs read-only work in one transaction. */
    <T> T read(String what, Work<T> work);

    /** A new id of the named kind, inside the caller's transaction. */
    long nextId(Connection connection, String kind) throws SQLException;

    /** Appends to the review's audit log, inside the caller's transaction. */
    void audit(Connection connection, Instant at, String actor, String action, String entity, Object entityId,
            Object before, Object after) throws SQLException;

    /** The review's database file or JDBC URL, for messages. */
    String name();

    @Override
    void close();
}
