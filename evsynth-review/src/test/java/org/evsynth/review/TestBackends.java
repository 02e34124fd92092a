package org.evsynth.review;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The two storage backends the tests run on: a SQLite file in a temporary folder, and a fresh database on a
 * real PostgreSQL server (zonky's binaries from Maven Central), started once per test JVM.
 */
final class TestBackends {

    static final String SQLITE = "sqlite";
    static final String POSTGRESQL = "postgresql";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestBackends() {
    }

    static Stream<String> both() {
        return Stream.of(SQLITE, POSTGRESQL);
    }

    /** Where a review lives, so a test can open it again (as a second reviewer, or after a crash). */
    record Location(String backend, Path dir, String jdbcUrl) {
        Review open() {
            return SQLITE.equals(backend) ? Review.open(dir) : Review.open(new ServerAddress(jdbcUrl, "postgres", null));
        }
    }

    static Location newReview(String backend, Path tmp, String title) {
        if (SQLITE.equals(backend)) {
            Path dir = tmp.resolve("review-" + DATABASES.incrementAndGet());
            Review.create(dir, title, Actor.named("owner")).close();
            return new Location(backend, dir, null);
        }
        String url = newDatabase();
        Review.create(new ServerAddress(url, "postgres", null), title, Actor.named("owner")).close();
        return new Location(backend, null, url);
    }

    /** A new empty database on the shared server; its JDBC URL. */
    static synchronized String newDatabase() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        String name = "review_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name).replace("?user=postgres", "");
    }
}
