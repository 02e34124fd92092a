package org.evsynth.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Creating and opening a review where it lives: a folder with its SQLite file, or a database on a PostgreSQL server.
 * Opening never creates anything in a place that holds no review: the file is checked first, and the schema is
 * only brought up to date in a database that already holds one.
 */
final class ReviewFiles {

    private static final Actor SYSTEM = Actor.named("evsynth");

    private ReviewFiles() {
    }

    static Review create(Path dir, String title, Actor creator) {
        Path yaml = dir.resolve(Review.PROTOCOL_FILE);
        Path file = dir.resolve(Review.DATABASE_FILE);
        if (Files.exists(yaml) || Files.isRegularFile(file) && SqliteFile.check(file) != SqliteFile.Content.EMPTY) {
            throw new RefusedException(String.format(Locale.ROOT, "%s already holds a review", dir));
        }
        String text = Protocol.skeleton(title);
        try {
            Files.createDirectories(dir);
            Files.writeString(yaml, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException(String.format(Locale.ROOT, "cannot create review in %s: %s", dir,
                    e.getMessage()), e);
        }
        return initialise(Database.sqlite(file), title, text, creator);
    }

    static Review create(ServerAddress server, String title, Actor creator) {
        Database db = Database.postgres(server);
        try {
            if (holdsReview(db)) {
                throw new RefusedException(String.format(Locale.ROOT, "the database %s already holds a review",
                        server));
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return initialise(db, title, Protocol.skeleton(title), creator);
    }

    private static Review initialise(Database db, String title, String yaml, Actor creator) {
        try {
            Migrations.migrate(db);
            Review review = Review.of(db);
            db.write(creator, "creating review '" + title + "'", tx -> {
                tx.sql("INSERT INTO review (id, title, created_at) VALUES (1, :title, :at)").bind("title", title)
                        .bind("at", tx.at().toString()).update();
                ScreeningCache.rebuildIfStale(tx, Protocol.parse(yaml));
                return null;
            });
            review.updateProtocol(creator, yaml);
            return review;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Review open(Path dir) {
        Path file = dir.resolve(Review.DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new UnknownEntityException(String.format(Locale.ROOT, "%s holds no review (no %s); create one "
                    + "first", dir, Review.DATABASE_FILE));
        }
        switch (SqliteFile.check(file)) {
            case EMPTY -> throw new UnknownEntityException(String.format(Locale.ROOT, "%s holds no review (its %s "
                    + "is empty); create one with evsynth init", dir, Review.DATABASE_FILE));
            case OTHER -> throw new UnknownEntityException(String.format(Locale.ROOT, "%s holds no review (%s is "
                    + "a database of another program)", dir, Review.DATABASE_FILE));
            default -> {
                return opened(Database.sqlite(file));
            }
        }
    }

    static Review open(ServerAddress server) {
        Database db = Database.postgres(server);
        try {
            if (!holdsReview(db)) {
                throw new UnknownEntityException(String.format(Locale.ROOT, "the database %s holds no review; create "
                        + "one first (evsynth init DIR --db ...)", server));
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return opened(db);
    }

    private static boolean holdsReview(Database db) {
        return db.read("looking for a review", tx -> tx.sql("SELECT 1 FROM information_schema.tables WHERE "
                + "table_schema = current_schema() AND table_name = 'review'").exists());
    }

    /** Brings the schema and the derived tables up to date in a database that holds a review. */
    private static Review opened(Database db) {
        try {
            Migrations.migrate(db);
            Review review = Review.of(db);
            boolean exists = db.read("reading review", tx -> tx.sql("SELECT 1 FROM review").exists());
            if (!exists) {
                throw new UnknownEntityException(String.format(Locale.ROOT, "%s holds no review; create one first",
                        db.name()));
            }
            if (db.read("checking derived tables", ScreeningCache::isStale)) {
                Protocol protocol = review.protocol();
                db.write(SYSTEM, "rebuilding derived tables", tx -> ScreeningCache.rebuildIfStale(tx, protocol));
            }
            return review;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
