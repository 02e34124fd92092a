package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged review.db is found on open and neither read nor written, with one line saying what is wrong and how to
 * restore it; an empty review.db is left empty; an unreachable server is named by host and port only.
 */
class DamagedReviewTest {

    @TempDir
    Path tmp;

    /** A review with enough records to span many pages, closed; its database file. */
    private Path review() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 300)) {
            s.review.deduplication().run(Scenario.ANN);
            return s.location.dir().resolve(Review.DATABASE_FILE);
        }
    }

    private static void assertDamaged(Path dir) {
        DamagedReviewException e = assertThrows(DamagedReviewException.class, () -> Review.open(dir));
        assertTrue(e.getMessage().contains("is damaged") && e.getMessage().contains("Backing up a review"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path db = review();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertDamaged(db.getParent());
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        Path db = review();
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(db, noise);
        assertDamaged(db.getParent());
    }

    @Test
    void overwrittenPagesAreRefusedAndNothingIsWritten() throws Exception {
        Path db = review();
        byte[] noise = new byte[4096 * 3];
        new Random(11).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096L * 4);
            f.write(noise);
        }
        byte[] before = Files.readAllBytes(db);
        assertDamaged(db.getParent());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the damaged file is left as it was");
    }

    @Test
    void anEmptyDatabaseFileStaysEmpty() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        Path db = Files.createFile(dir.resolve(Review.DATABASE_FILE));
        UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> Review.open(dir));
        assertTrue(e.getMessage().contains("holds no review (its review.db is empty)"), e.getMessage());
        assertEquals(0, Files.size(db));
        assertFalse(Files.exists(dir.resolve(Review.DATABASE_FILE + "-wal")));
        try (Review created = Review.create(dir, "After all", Scenario.ANN)) {
            assertEquals("After all", created.title(), "init takes the empty file");
        }
    }

    @Test
    void anUnreachableServerIsNamedWithoutThePassword() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerAddress address = new ServerAddress("jdbc:postgresql://127.0.0.1:" + port
                + "/review?password=hunter2", "ann", "s3cret");
        ServerUnreachableException e = assertThrows(ServerUnreachableException.class, () -> Review.open(address));
        assertTrue(e.getMessage().startsWith("cannot reach the PostgreSQL server at 127.0.0.1:" + port),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2") || e.getMessage().contains("s3cret"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
