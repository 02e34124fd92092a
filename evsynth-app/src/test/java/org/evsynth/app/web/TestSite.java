package org.evsynth.app.web;

import org.evsynth.review.ServerAddress;
import org.evsynth.review.Actor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.evsynth.review.PeopleStorage;
import org.evsynth.review.Review;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;

/**
 * A real web server on a free port over a real review, on SQLite in a folder or on a fresh database of a real
 * PostgreSQL server (started once per test JVM), with three members: Olivia the owner, Rex a reviewer and Vera a
 * viewer, each with the password {@link #PASSWORD}.
 */
final class TestSite implements AutoCloseable {

    static final String SQLITE = "sqlite";
    static final String POSTGRESQL = "postgresql";
    static final String PASSWORD = "a long enough password";
    static final String TITLE = "Impella versus VA-ECMO";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    final String backend;
    final Path dir;
    final String jdbcUrl;
    final Review review;
    final MemberStore people;
    final MovableClock clock = new MovableClock();
    final WebServer server;

    private TestSite(String backend, Path dir, String jdbcUrl, WebSettings settings) {
        this.backend = backend;
        this.dir = dir;
        this.jdbcUrl = jdbcUrl;
        this.review = dir != null ? Review.open(dir) : Review.open(new ServerAddress(jdbcUrl, "postgres", null));
        this.people = dir != null ? PeopleStorage.open(dir) : PeopleStorage.open(jdbcUrl, "postgres", null);
        if (people.list().isEmpty()) {
            people.add("Olivia", Role.OWNER, PASSWORD.toCharArray(), "setup");
            people.add("Rex", Role.REVIEWER, PASSWORD.toCharArray(), "setup");
            people.add("Vera", Role.VIEWER, PASSWORD.toCharArray(), "setup");
        }
        this.server = WebServer.start(Services.of(review, people), settings.withAddress("127.0.0.1", 0).with(clock));
    }

    static Stream<String> backends() {
        return Stream.of(SQLITE, POSTGRESQL);
    }

    /** A new review with its server. */
    static TestSite start(String backend, Path tmp) {
        return start(backend, tmp, WebSettings.defaults());
    }

    static TestSite start(String backend, Path tmp, WebSettings settings) {
        if (SQLITE.equals(backend)) {
            Path dir = tmp.resolve("review-" + DATABASES.incrementAndGet());
            Review.create(dir, TITLE, Actor.named("test")).close();
            return new TestSite(backend, dir, null, settings);
        }
        String url = newDatabase();
        Review.create(new ServerAddress(url, "postgres", null), TITLE, Actor.named("test")).close();
        return new TestSite(backend, null, url, settings);
    }

    URI uri(String path) {
        return server.address().resolve(path);
    }

    WebClient client() {
        return new WebClient(server.address());
    }

    /** A browser-like client signed in as the member through the API. */
    WebClient signedIn(String name) {
        WebClient c = client();
        c.login(name, PASSWORD);
        return c;
    }

    @Override
    public void close() {
        server.stop();
        people.close();
        review.close();
    }

    private static synchronized String newDatabase() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        String name = "web_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name).replace("?user=postgres", "");
    }
}
