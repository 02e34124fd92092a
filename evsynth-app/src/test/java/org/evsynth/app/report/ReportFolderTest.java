package org.evsynth.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `evsynth report --out DIR` into a folder with other files: it says what it replaces, leaves nothing stale from an
 * earlier report, and never deletes what evsynth did not write.
 */
class ReportFolderTest {

    @TempDir
    Path tmp;

    private Path bundle(String outcomes) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bundle"));
        Files.writeString(dir.resolve("a.csv"), "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\nB,3,20,4,20\n");
        Files.writeString(dir.resolve("review.yaml"), """
                title: A review
                question: {population: adults, intervention: A, comparator: B}
                comparisons:
                  - name: A versus B
                    intervention_label: A
                    comparator_label: B
                    outcomes:
                %s""".formatted(outcomes.indent(6)));
        return dir;
    }

    @Test
    void aSecondReportLeavesNoStaleFigureAndKeepsTheReviewersFiles() throws IOException {
        Path out = tmp.resolve("out");
        Path dir = bundle("- {name: Death, data: a.csv, sensitivity: [leave-one-out]}\n- {name: Stroke, data: a.csv}");
        assertEquals(0, ReportCommandTest.Run.of("report", dir.toString(), "--out", out.toString()).exitCode());
        Path stroke = out.resolve("figures/a-versus-b-stroke-forest.svg");
        assertTrue(Files.exists(stroke), "the second outcome's figure");
        Files.writeString(out.resolve("figures/my-sketch.svg"), "<svg/>");
        Files.writeString(out.resolve("notes.md"), "mine");
        bundle("- {name: Death, data: a.csv}");
        ReportCommandTest.Run again = ReportCommandTest.Run.of("report", dir.toString(), "--out", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(Files.exists(stroke), "a figure of an outcome no longer in the bundle is removed");
        assertFalse(Files.exists(out.resolve("figures/a-versus-b-death-leave-one-out.svg")), "nor a stale section");
        assertTrue(Files.exists(out.resolve("figures/my-sketch.svg")), "the reviewer's own file stays");
        assertTrue(Files.exists(out.resolve("notes.md")));
        assertFalse(again.err().contains("replaced"), "its own files are replaced without a word: " + again.err());
    }

    @Test
    void replacingAFileEvsynthDidNotWriteIsSaid() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("index.html"), "the reviewer's own page");
        Path dir = bundle("- {name: Death, data: a.csv}");
        ReportCommandTest.Run run = ReportCommandTest.Run.of("report", dir.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: replaced " + out.resolve("index.html")), run.err());
    }

    @Test
    void aSymlinkedFiguresFolderIsRefusedAndNothingIsWrittenThroughIt() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("figures"), elsewhere);
        Path dir = bundle("- {name: Death, data: a.csv}");
        ReportCommandTest.Run run = ReportCommandTest.Run.of("report", dir.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is a symbolic link"), run.err());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }
}
