package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evsynth prisma`: files written, warnings, exit codes and messages. */
class PrismaCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSeedReviewsCountsDrawWithoutWarnings() throws IOException {
        Path counts = dir.resolve("prisma.csv");
        Files.writeString(counts, "box,count,source\nrecords_screened,827,seeds/000 p.4\nnew_studies,10,seeds/000\n");
        Path pdf = dir.resolve("prisma.pdf");
        CliRun run = RobCommandTest.run(new PrismaCommand(), counts.toString(), "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void inconsistentCountsAreWarningsNotFailures() throws IOException {
        Path counts = dir.resolve("prisma.csv");
        Files.writeString(counts, "box,count\nrecords_screened,827\nrecords_excluded,800\ndbr_sought_reports,30\n");
        Path svg = dir.resolve("prisma.svg");
        CliRun run = RobCommandTest.run(new PrismaCommand(), counts.toString(), "--out", svg.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.err().startsWith("warning: " + counts + ": the counts do not add up: records screened (827)"),
                run.err());
        assertTrue(Files.readString(svg).contains("(n = 827)"));
    }

    @Test
    void badCountIsBadInput() throws IOException {
        Path counts = dir.resolve("prisma.csv");
        Files.writeString(counts, "box,count\nrecords_screened,many\n");
        CliRun run = RobCommandTest.run(new PrismaCommand(), counts.toString(), "--out",
                dir.resolve("p.svg").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("evsynth prisma: " + counts + ", line 2, column count: 'many' is not a count"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFileAndBadExtension() {
        CliRun missing = RobCommandTest.run(new PrismaCommand(), "none.csv", "--out", dir.resolve("p.svg").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.csv: no such file"));
        CliRun extension = RobCommandTest.run(new PrismaCommand(), "none.csv", "--out", "p.jpg");
        assertEquals(2, extension.exitCode());
    }
}
