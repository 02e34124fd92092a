package org.evsynth.review;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Where each reviewer's queue starts: per stage, a queue key before which every open record has the reviewer's
 * current decision. A reviewer's next record is then one indexed probe away instead of a pass over every record they
 * have screened (90,000 of 100,000 for a reviewer far ahead of the other). The cursor moves forward when its reviewer
 * decides, and back whenever a record before it opens without that reviewer's decision (an import, a conflict, an
 * undo, a record reaching full text).
 */
final class QueueCursors {

    private static final String FIRST_UNDECIDED = "SELECT s.record_id, s.queue_key FROM stage_record s "
            + "WHERE s.stage = :stage AND s.is_open = 1 AND s.queue_key >= :from AND NOT EXISTS (SELECT 1 FROM "
            + "current_decision c WHERE c.record_id = s.record_id AND c.stage = :stage AND c.reviewer = :reviewer) "
            + "ORDER BY s.queue_key, s.record_id";

    private QueueCursors() {
    }

    /** The reviewer's next record at the stage: the first open record from the cursor that they have not decided. */
    static Optional<Long> next(Tx tx, Stage stage, Actor reviewer) throws SQLException {
        return tx.sql(FIRST_UNDECIDED).bind("stage", stage.id()).bind("reviewer", reviewer.name())
                .bind("from", cursor(tx, stage, reviewer)).first(rs -> rs.getLong("record_id"));
    }

    /** Moves the reviewer's cursor to their first undecided open record (or past the end), after a decision. */
    static void advance(Tx tx, Stage stage, Actor reviewer) throws SQLException {
        long key = tx.sql(FIRST_UNDECIDED).bind("stage", stage.id()).bind("reviewer", reviewer.name())
                .bind("from", cursor(tx, stage, reviewer)).first(rs -> rs.getLong("queue_key")).orElse(Long.MAX_VALUE);
        tx.sql("DELETE FROM reviewer_cursor WHERE stage = :stage AND reviewer = :reviewer").bind("stage", stage.id())
                .bind("reviewer", reviewer.name()).update();
        tx.sql("INSERT INTO reviewer_cursor (stage, reviewer, queue_key) VALUES (:stage, :reviewer, :key)")
                .bind("stage", stage.id()).bind("reviewer", reviewer.name()).bind("key", key).update();
    }

    /** A record opened at the stage: every cursor past it of a reviewer who has not decided it moves back to it. */
    static void opened(Tx tx, Stage stage, long record, long key) throws SQLException {
        tx.sql("UPDATE reviewer_cursor SET queue_key = :key WHERE stage = :stage AND queue_key > :key AND reviewer "
                + "NOT IN (SELECT c.reviewer FROM current_decision c WHERE c.record_id = :record AND c.stage = :stage)")
                .bind("key", key).bind("stage", stage.id()).bind("record", record).update();
    }

    /** A reviewer took back a decision: when the record is open, it is in their queue again. */
    static void withdrawn(Tx tx, Stage stage, long record) throws SQLException {
        Optional<Long> key = tx.sql("SELECT queue_key FROM stage_record WHERE record_id = :record AND "
                + "stage = :stage AND is_open = 1").bind("record", record).bind("stage", stage.id())
                .first(rs -> rs.getLong("queue_key"));
        if (key.isPresent()) {
            opened(tx, stage, record, key.get());
        }
    }

    /** New records, which nobody has decided, opened at title and abstract from this key on. */
    static void imported(Tx tx, long smallestKey) throws SQLException {
        tx.sql("UPDATE reviewer_cursor SET queue_key = :key WHERE stage = 'title-abstract' AND queue_key > :key")
                .bind("key", smallestKey).update();
    }

    /** Forgets every cursor: the next reads start from the beginning of each queue. */
    static void reset(Tx tx) throws SQLException {
        tx.sql("DELETE FROM reviewer_cursor").update();
    }

    private static long cursor(Tx tx, Stage stage, Actor reviewer) throws SQLException {
        return tx.sql("SELECT queue_key FROM reviewer_cursor WHERE stage = :stage AND reviewer = :reviewer")
                .bind("stage", stage.id()).bind("reviewer", reviewer.name()).first(rs -> rs.getLong("queue_key"))
                .orElse(Long.MIN_VALUE);
    }
}
