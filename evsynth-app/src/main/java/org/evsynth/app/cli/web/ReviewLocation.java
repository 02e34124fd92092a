package org.evsynth.app.cli.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.review.Actor;
import org.evsynth.review.PeopleStorage;
import org.evsynth.review.ServerAddress;
import org.evsynth.review.Review;
import org.evsynth.review.people.MemberStore;
import picocli.CommandLine.Option;

/**
 * Where the review served or whose people are managed lives: a review folder (its {@code review.db}, SQLite), or
 * with {@code --db} a PostgreSQL database, with the user and password from the same environment variables as the
 * other review verbs. With {@code --db} the folder is optional; when given, its {@code review.yaml} is stored as
 * the newest protocol, as the other verbs do.
 */
public final class ReviewLocation {

    static final String USER_VARIABLE = "EVSYNTH_DB_USER";
    static final String PASSWORD_VARIABLE = "EVSYNTH_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The review's database on a PostgreSQL server, e.g. jdbc:postgresql://host:5432/review "
                    + "(user and password from " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                    + ", or in the URL). Default: the folder's review.db (SQLite).")
    String db;

    /** @throws CommandFailure (exit 2) when neither a folder nor a database is named */
    void require(Path dir) {
        if (dir == null && db == null) {
            throw CommandFailure.badInput("name the review folder, or its database with --db JDBC_URL");
        }
    }

    /** What the review is, for messages: the folder or the URL. */
    String describe(Path dir) {
        return db != null ? db : dir.toString();
    }

    Review openReview(Path dir) {
        require(dir);
        if (db == null) {
            return Review.open(dir);
        }
        Review review = Review.open(new ServerAddress(db, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE)));
        if (dir != null) {
            try {
                Path yaml = dir.resolve(Review.PROTOCOL_FILE);
                if (Files.isRegularFile(yaml)) {
                    review.updateProtocol(Actor.named("evsynth serve"), Files.readString(yaml, StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                review.close();
                throw CommandFailure.badInput("cannot read the protocol in " + dir + ": " + e.getMessage(), e);
            }
        }
        return review;
    }

    MemberStore openPeople(Path dir) {
        require(dir);
        return db == null ? PeopleStorage.open(dir)
                : PeopleStorage.open(db, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
    }
}
