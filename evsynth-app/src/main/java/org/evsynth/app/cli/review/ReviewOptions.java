package org.evsynth.app.cli.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsynth.review.Actor;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.Protocol;
import org.evsynth.review.RefusedException;
import org.evsynth.review.Review;
import org.evsynth.review.ServerAddress;
import picocli.CommandLine.Option;

/**
 * Where a review's data live and who is acting: shared by every review verb. By default the review is the
 * folder's {@code review.db} (SQLite); {@code --db} names a PostgreSQL database instead, and the folder then holds
 * only the protocol ({@code review.yaml}).
 */
public final class ReviewOptions {

    /** Environment variables with the server's user name and password (or put them in the URL). */
    static final String USER_VARIABLE = "EVSYNTH_DB_USER";
    static final String PASSWORD_VARIABLE = "EVSYNTH_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The review's database on a PostgreSQL server, e.g. jdbc:postgresql://host:5432/review "
                    + "(user and password from " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                    + ", or in the URL). Default: the folder's review.db (SQLite).")
    String db;

    @Option(names = "--as", paramLabel = "NAME",
            description = "Who is acting, for the audit log. Default: the login name.")
    String actor;

    /** The person acting. */
    public Actor actor() {
        return Actor.named(actor != null ? actor : System.getProperty("user.name", "evsynth"));
    }

    /** Whether the path names a review: a review folder, or any folder when the review is on a server. */
    public boolean isReview(Path path) {
        return ReviewFolder.is(path) || (db != null && path != null && Files.isDirectory(path));
    }

    private ServerAddress server() {
        return new ServerAddress(db, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
    }

    /**
     * Opens the review; with {@code --db}, the folder's {@code review.yaml}, when present, is stored as the newest
     * protocol, as {@link Review#open(Path)} does for a folder.
     *
     * @throws org.evsynth.review.ReviewException naming the folder or server when it holds no review
     */
    public Review open(Path dir) {
        if (db == null) {
            return Review.open(dir);
        }
        Review review = Review.open(server());
        Path yaml = dir.resolve(Review.PROTOCOL_FILE);
        if (Files.isRegularFile(yaml)) {
            try {
                review.updateProtocol(actor(), Files.readString(yaml, StandardCharsets.UTF_8));
            } catch (IOException e) {
                review.close();
                throw new InvalidInputException("protocol", "cannot read " + yaml + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                review.close();
                throw e;
            }
        }
        return review;
    }

    /** Creates the review: the folder with its protocol, and the database in it or on the server. */
    Review create(Path dir, String title) throws IOException {
        if (db == null) {
            return Review.create(dir, title, actor());
        }
        Path yaml = dir.resolve(Review.PROTOCOL_FILE);
        if (Files.exists(yaml)) {
            throw new RefusedException(dir + " already holds a protocol (" + Review.PROTOCOL_FILE + ")");
        }
        Review review = Review.create(server(), title, actor());
        Files.createDirectories(dir);
        Files.writeString(yaml, Protocol.skeleton(title), StandardCharsets.UTF_8);
        return review;
    }
}
