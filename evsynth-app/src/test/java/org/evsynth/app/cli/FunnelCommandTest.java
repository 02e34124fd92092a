package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evsynth funnel`: plain, contour-enhanced, with trim and fill; refusals with exit 2. */
class FunnelCommandTest {

    @TempDir
    Path dir;

    private static String bcg() {
        return MetaCommandTest.example("examples/bcg.csv").toString();
    }

    private static CliRun run(String... args) {
        return FigureCliRun.of(new FunnelCommand(), args);
    }

    @Test
    void writesAPointPerStudy() throws IOException {
        Path out = dir.resolve("funnel.svg");
        CliRun run = run(bcg(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String svg = Files.readString(out);
        assertEquals(13, svg.split("class=\"study-point\"", -1).length - 1);
        assertTrue(svg.contains("pseudo-ci-region"));
    }

    @Test
    void contoursAndTrimAndFill() throws IOException {
        Path out = dir.resolve("funnel.svg");
        CliRun run = run(bcg(), "--contours", "--trim-fill", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("contour-region"));
        assertTrue(svg.contains("class=\"filled-study\""));
        Path png = dir.resolve("funnel.png");
        assertEquals(0, run(bcg(), "--contours", "--out", png.toString()).exitCode());
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void refusals() throws IOException {
        CliRun bad = run(bcg(), "--out", dir.resolve("funnel.gif").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains(".svg, .png or .pdf"), bad.err());
        Path two = dir.resolve("two.csv");
        Files.writeString(two, "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\nB,2,10,3,10\n");
        CliRun trim = run(two.toString(), "--trim-fill", "--out", dir.resolve("f.svg").toString());
        assertEquals(2, trim.exitCode());
        assertTrue(trim.err().contains("at least 3 studies"), trim.err());
        CliRun mh = run(bcg(), "--trim-fill", "--pooling", "MH", "--out", dir.resolve("f.svg").toString());
        assertEquals(2, mh.exitCode());
        assertTrue(mh.err().contains("inverse-variance"), mh.err());
    }
}
