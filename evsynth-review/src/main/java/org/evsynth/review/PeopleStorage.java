package org.evsynth.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.ReviewTables;

/**
 * Opens a review's people ({@link MemberStore}) on the review's own database, with the same connections'
 * settings, schema migrations, id counters and audit log as {@link Review}: the people package reaches the
 * database only through here.
 */
public final class PeopleStorage {

    private PeopleStorage() {
    }

    /**
     * The people of the review in a folder ({@code review.db}).
     *
     * @throws ReviewException when the folder holds no review
     */
    public static MemberStore open(Path dir) {
        Path file = dir.resolve(Review.DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ReviewException(String.format(Locale.ROOT, "%s holds no review (no %s); create one first",
                    dir, Review.DATABASE_FILE));
        }
        return opened(Database.sqlite(file));
    }

    /** The people of a review on a PostgreSQL server. */
    public static MemberStore open(String jdbcUrl, String user, String password) {
        return opened(Database.postgres(jdbcUrl, user, password));
    }

    private static MemberStore opened(Database db) {
        try {
            Migrations.migrate(db, Clock.systemUTC());
            boolean exists = db.read("reading review", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM review");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
            if (!exists) {
                throw new ReviewException(String.format(Locale.ROOT, "%s holds no review; create one first",
                        db.name()));
            }
            return new MemberStore(new Tables(db), Clock.systemUTC());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The review's database as the people package sees it. */
    private record Tables(Database db) implements ReviewTables {

        @Override
        public <T> T write(String what, Work<T> work) {
            return db.transact(what, work::apply);
        }

        @Override
        public <T> T read(String what, Work<T> work) {
            return db.read(what, work::apply);
        }

        @Override
        public long nextId(Connection connection, String kind) throws SQLException {
            return Ids.next(connection, kind);
        }

        @Override
        public void audit(Connection connection, Instant at, String actor, String action, String entity,
                Object entityId, Object before, Object after) throws SQLException {
            AuditLog.append(connection, at, actor, action, entity, entityId, before, after);
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
