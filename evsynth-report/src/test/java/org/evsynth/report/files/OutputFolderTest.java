package org.evsynth.report.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the folder is written or deleted, whatever its manifest says or its subfolders link to. */
class OutputFolderTest {

    private static final String MANIFEST = ".evsynth-test";

    @TempDir
    Path tmp;

    private void write(Path out, String... files) throws IOException {
        try (OutputFolder folder = OutputFolder.open(out, MANIFEST)) {
            for (String f : files) {
                folder.writeString(f, "written by evsynth: " + f);
            }
            folder.commit();
        }
    }

    @Test
    void aSecondRunRemovesWhatItNoLongerWritesAndNothingElse() throws IOException {
        Path out = tmp.resolve("out");
        write(out, "index.html", "figures/a.svg", "figures/b.svg");
        Files.writeString(out.resolve("notes.txt"), "the reviewer's own");
        Files.writeString(out.resolve("figures/mine.svg"), "the reviewer's own figure");
        write(out, "index.html", "figures/a.svg");
        assertFalse(Files.exists(out.resolve("figures/b.svg")), "a stale figure does not stay behind");
        assertTrue(Files.exists(out.resolve("figures/a.svg")));
        assertTrue(Files.exists(out.resolve("notes.txt")), "a file evsynth did not write stays");
        assertTrue(Files.exists(out.resolve("figures/mine.svg")));
        assertEquals(List.of("figures/a.svg", "index.html"), Files.readAllLines(out.resolve(MANIFEST)));
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".evsynth-staging")),
                    "the staging folder is gone");
        }
    }

    @Test
    void replacingTheReviewersOwnFileIsReported() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "the reviewer's own page");
        try (OutputFolder folder = OutputFolder.open(out, MANIFEST)) {
            folder.writeString("index.html", "evsynth's");
            assertEquals(List.of("index.html"), folder.commit());
        }
        try (OutputFolder folder = OutputFolder.open(out, MANIFEST)) {
            folder.writeString("index.html", "evsynth's again");
            assertEquals(List.of(), folder.commit(), "evsynth's own file is replaced without a word");
        }
    }

    @Test
    void manifestEntriesOutsideTheFolderAreIgnored() throws IOException {
        Path out = tmp.resolve("out");
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "someone else's");
        Path emptyDir = out.resolve("empty");
        Files.createDirectories(emptyDir);
        Files.writeString(out.resolve(MANIFEST), victim.toAbsolutePath() + "\n../victim.txt\nempty\n"
                + "data/../../victim.txt\n");
        try (OutputFolder folder = OutputFolder.open(out, MANIFEST)) {
            assertEquals(3, folder.ignoredEntries().size(), folder.ignoredEntries()::toString);
            folder.writeString("review.yaml", "x");
            folder.commit();
        }
        assertTrue(Files.exists(victim), "an absolute or climbing path in the manifest deletes nothing");
        assertTrue(Files.isDirectory(emptyDir), "a folder listed in the manifest is not deleted");
    }

    @Test
    void aSymlinkedSubfolderIsRefusedAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("out");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("data"), elsewhere);
        OutputFolder.UnsafeFolderException e;
        try (OutputFolder folder = OutputFolder.open(out, MANIFEST)) {
            folder.writeString("review.yaml", "x");
            folder.writeString("data/a.csv", "x");
            e = assertThrows(OutputFolder.UnsafeFolderException.class, folder::commit);
        }
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written through the link");
        }
        assertFalse(Files.exists(out.resolve("review.yaml")), "nothing moved into place");
    }

    @Test
    void aStaleEntryBehindASymlinkedSubfolderIsNotDeleted() throws IOException {
        Path out = tmp.resolve("out");
        write(out, "data/a.csv");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.csv"), "someone else's");
        Files.delete(out.resolve("data/a.csv"));
        Files.delete(out.resolve("data"));
        Files.createSymbolicLink(out.resolve("data"), elsewhere);
        write(out, "review.yaml");
        assertTrue(Files.exists(elsewhere.resolve("a.csv")), "deleting data/a.csv would delete outside the folder");
    }

    @Test
    void aSymlinkWhereAFileGoesIsReplacedNotFollowed() throws IOException {
        Path out = tmp.resolve("out");
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "someone else's");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("index.html"), victim);
        write(out, "index.html");
        assertEquals("someone else's", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(out.resolve("index.html")));
    }

    @Test
    void pathsThatLeaveTheFolderAreRefused() {
        for (String bad : List.of("/etc/passwd", "../x", "a/../../x", "", "C:\\x")) {
            assertThrows(IllegalArgumentException.class, () -> OutputFolder.checked(bad), bad);
        }
        assertEquals("figures/a.svg", OutputFolder.checked("figures/a.svg"));
    }
}
