package org.evsynth.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * The context of one transaction: its connection, the review's name for messages, the person acting and the time
 * recorded for everything it writes. Reads have no actor.
 */
final class Tx {

    private final Connection connection;
    private final String review;
    private final Actor actor;
    private final Instant at;

    Tx(Connection connection, String review, Actor actor, Instant at) {
        this.connection = connection;
        this.review = review;
        this.actor = actor;
        this.at = at;
    }

    /** The same transaction acting for another person: a decision imported from a file is the reviewer's own. */
    Tx as(Actor other) {
        return new Tx(connection, review, other, at);
    }

    Connection connection() {
        return connection;
    }

    /** The review's file or server address, for messages. */
    String review() {
        return review;
    }

    Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("a read has no actor");
        }
        return actor;
    }

    Instant at() {
        return at;
    }

    /** A statement to bind and run in this transaction. */
    Sql sql(String text) {
        return new Sql(connection, text);
    }

    Sql.Batch batch(String text) throws SQLException {
        return new Sql.Batch(connection, text);
    }

    /**
     * The first of {@code count} consecutive new ids of the named kind, from {@code id_counter}. The UPDATE locks the
     * counter's row until commit, so concurrent transactions get disjoint ranges on PostgreSQL, and a rolled-back
     * transaction gives its range back.
     */
    long allocate(String kind, int count) throws SQLException {
        if (sql("UPDATE id_counter SET next_value = next_value + :n WHERE name = :kind").bind("n", count)
                .bind("kind", kind).update() != 1) {
            throw new SQLException("no id counter named " + kind);
        }
        return sql("SELECT next_value FROM id_counter WHERE name = :kind").bind("kind", kind).count() - count;
    }

    long nextId(String kind) throws SQLException {
        return allocate(kind, 1);
    }

    /** An audit entry to fill in and append, in this transaction, under this transaction's actor and time. */
    AuditLog.Entry audit(String action, String entity, Object entityId) {
        return new AuditLog.Entry(this, action, entity, String.valueOf(entityId));
    }

    /** A message naming the review: "review R: ...". */
    String say(String format, Object... args) {
        return "review " + review + ": " + String.format(Locale.ROOT, format, args);
    }
}
