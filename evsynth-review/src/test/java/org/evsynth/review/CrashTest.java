package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM is killed with SIGKILL in the middle of a stream of decisions or of an import; the review, opened
 * again, is consistent: every decision the child reported saved is there, and the import is wholly present or
 * wholly absent.
 */
class CrashTest {

    private static final int RECORDS = 400;
    private static final int BIG_IMPORT = 20_000;

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void killedDuringDecisionsLosesNoSavedDecision(String backend) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "Crash");
        List<Ris.Ref> refs = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            refs.add(new Ris.Ref("Record " + i, "Author" + i + ", A", 2000, "10.9/c" + i));
        }
        try (Review setup = location.open()) {
            setup.searches().importFile(Actor.named("setup"), Searches.Import.of(Ris.write(tmp.resolve("c.ris"), refs), "MEDLINE", SourceKind.DATABASE, null, null));
        }
        Process child = start("decisions", arg(location), Integer.toString(RECORDS));
        Set<Long> saved = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved.add(Long.parseLong(line.substring(6)));
                    if (saved.size() == 30) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(30, saved.size(), "the child saved decisions before it was killed");
        try (Review after = location.open()) {
            Set<Long> stored = new HashSet<>();
            after.screening().allDecisions().forEach(d -> stored.add(d.recordId()));
            assertTrue(stored.containsAll(saved), "every decision reported saved survives");
            assertTrue(stored.size() < RECORDS, "the child was killed before the end");
            assertEquals(stored.size(), after.audit().entries(AuditLog.Query.all()).stream().filter(e -> e.action().equals("screen")).count(),
                    "each stored decision has its audit entry, and no entry is without its decision");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void killedDuringAnImportLeavesAllOrNothing(String backend) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "Crash import");
        List<Ris.Ref> refs = new ArrayList<>();
        for (int i = 0; i < BIG_IMPORT; i++) {
            refs.add(new Ris.Ref("A long enough title for imported record number " + i, "Author" + i + ", A",
                    2000 + i % 20, "10.9/i" + i));
        }
        Path file = Ris.write(tmp.resolve("big.ris"), refs);
        Process child = start("import", arg(location), file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("importing", line);
            waitUntilRecordsAreBeingInserted(location);
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        try (Review after = location.open()) {
            assertEquals(0, after.records().size(), "killed inside the import's transaction: nothing of it");
            assertTrue(after.searches().list().isEmpty());
            assertEquals(0, after.audit().entries(AuditLog.Query.all()).stream().filter(e -> e.action().equals("import")).count());
            // the review still works, and the file can be imported after the crash
            assertEquals(BIG_IMPORT, after.searches().importFile(Actor.named("retry"), Searches.Import.of(file, "Embase", SourceKind.DATABASE, null, null)).recordsAdded());
            assertEquals(BIG_IMPORT, after.records().size());
        }
    }

    /**
     * Waits until the child is inside the import's transaction: on SQLite the write-ahead log grows past a few
     * megabytes as uncommitted pages spill from the cache; on PostgreSQL a session is inserting records.
     */
    private static void waitUntilRecordsAreBeingInserted(TestBackends.Location location) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (location.dir() != null) {
                Path wal = location.dir().resolve(Review.DATABASE_FILE + "-wal");
                if (Files.exists(wal) && Files.size(wal) > 4_000_000) {
                    return;
                }
            } else {
                try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "postgres", null);
                     Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE "
                             + "datname = current_database() AND query LIKE 'INSERT INTO record %'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the child never started inserting records");
    }

    private static String arg(TestBackends.Location location) {
        return location.jdbcUrl() != null ? location.jdbcUrl() : location.dir().toString();
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
