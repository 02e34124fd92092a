package org.evsynth.app.cli.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evsynth.review.Actor;
import org.evsynth.review.PeopleStorage;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.Protocol;
import org.evsynth.review.RefusedException;
import org.evsynth.review.Review;
import org.evsynth.review.ServerAddress;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;
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

    /**
     * Refuses an owner's operation to anyone else. A review with people (web app members, {@code evsynth user}) has
     * owners, and the person acting ({@code --as}, or the login name) must be one of them, as in the web app; a
     * review without people is worked on from the command line alone, by whoever holds its folder or database.
     *
     * @throws RefusedException naming the person, the operation and the review's owners
     */
    void requireOwner(Path dir, String doing) {
        try (MemberStore people = db == null ? PeopleStorage.open(dir)
                : PeopleStorage.open(db, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE))) {
            List<Member> members = people.list();
            if (members.isEmpty()) {
                return;
            }
            Actor who = actor();
            boolean owner = people.findByName(who.name()).map(m -> m.role() == Role.OWNER).orElse(false);
            if (!owner) {
                throw new RefusedException(String.format(Locale.ROOT, "only the review's owner may %s, and %s is "
                        + "not an owner (owners: %s); act as one with --as NAME", doing, who.name(),
                        members.stream().filter(m -> m.role() == Role.OWNER).map(Member::name)
                                .collect(Collectors.joining(", "))));
            }
        }
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
