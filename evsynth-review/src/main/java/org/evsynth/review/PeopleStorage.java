package org.evsynth.review;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.ReviewTables;

/**
 * Opens a review's people ({@link MemberStore}) on the review's own database, with the same checks on opening
 * (a folder that holds no review, a damaged file, an unreachable server), connections, id counters and audit log as
 * {@link Review}: the people package reaches the database only through here.
 */
public final class PeopleStorage {

    /** Who writes the transaction of a people change; its audit entry names the person who made it. */
    private static final Actor STORE = Actor.named("evsynth");

    private PeopleStorage() {
    }

    /**
     * The people of the review in a folder ({@code review.db}).
     *
     * @throws UnknownEntityException when the folder holds no review
     * @throws DamagedReviewException when review.db is damaged
     */
    public static MemberStore open(Path dir) {
        return of(ReviewFiles.open(dir).database());
    }

    /** The people of a review on a PostgreSQL server. */
    public static MemberStore open(String jdbcUrl, String user, String password) {
        return of(ReviewFiles.open(new ServerAddress(jdbcUrl, user, password)).database());
    }

    private static MemberStore of(Database db) {
        return new MemberStore(new Tables(db), Clock.systemUTC());
    }

    /** The review's database as the people package sees it. */
    private record Tables(Database db) implements ReviewTables {

        @Override
        public <T> T write(String what, Work<T> work) {
            return db.write(STORE, what, tx -> work.apply(tx.connection()));
        }

        @Override
        public <T> T read(String what, Work<T> work) {
            return db.read(what, tx -> work.apply(tx.connection()));
        }

        @Override
        public long nextId(Connection connection, String kind) throws SQLException {
            return new Tx(connection, db.name(), STORE, Instant.now()).nextId(kind);
        }

        @Override
        public void audit(Connection connection, Instant at, String actor, String action, String entity,
                Object entityId, Object before, Object after) throws SQLException {
            new Tx(connection, db.name(), Actor.named(actor), at).audit(action, entity, entityId).before(before)
                    .after(after).write();
        }

        @Override
        public String name() {
            return db.name();
        }

        @Override
        public void close() {
            db.close();
        }
    }
}
