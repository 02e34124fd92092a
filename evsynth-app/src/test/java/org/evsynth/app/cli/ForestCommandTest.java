package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evsynth forest`: the file written in each format, meta's options, and bad usage and input refused with exit 2. */
class ForestCommandTest {

    @TempDir
    Path dir;

    private static String bcg() {
        return MetaCommandTest.example("examples/bcg.csv").toString();
    }

    private static CliRun run(String... args) {
        return FigureCliRun.of(new ForestCommand(), args);
    }

    @Test
    void writesSvgWithEveryStudy() throws IOException {
        Path out = dir.resolve("forest.svg");
        CliRun run = run(bcg(), "--group1", "BCG", "--group2", "Control", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("Aronson 1948") && svg.contains("Comstock et al 1976"));
        assertTrue(svg.contains(">Favours BCG<"));
        assertTrue(svg.contains("IV, Random, 95% CI"));
        assertTrue(run.out().contains("forest.svg"));
    }

    /** RevMan's 'Favours' texts assume a harm; for a good outcome they flip, and either can be given. */
    @Test
    void favoursTextsFlipForAGoodOutcomeAndCanBeGiven() throws IOException {
        Path out = dir.resolve("good.svg");
        assertEquals(0, run(bcg(), "--group1", "BCG", "--group2", "Control", "--higher-is-better", "--out",
                out.toString()).exitCode());
        String svg = Files.readString(out);
        assertTrue(svg.contains("text-anchor=\"end\" font-weight=\"normal\" fill=\"#000000\">Favours Control<"),
                "group 2 on the left: " + svg);
        assertTrue(svg.contains("text-anchor=\"start\" font-weight=\"normal\" fill=\"#000000\">Favours BCG<"));
        Path given = dir.resolve("given.svg");
        CliRun run = run(bcg(), "--favours-left", "Fewer cases with BCG", "--favours-right", "More cases", "--out",
                given.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(given);
        assertTrue(text.contains(">Fewer cases with BCG<") && text.contains(">More cases<"), text);
        assertFalse(text.contains("Favours"));
    }

    @Test
    void writesPngAndPdfByExtension() throws IOException {
        Path png = dir.resolve("forest.png");
        Path pdf = dir.resolve("forest.pdf");
        assertEquals(0, run(bcg(), "--out", png.toString()).exitCode());
        assertEquals(0, run(bcg(), "--out", pdf.toString(), "--measure", "OR", "--model", "common").exitCode());
        assertEquals((byte) 0x89, Files.readAllBytes(png)[0]);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void subgroupsByAColumnAndMetasOptions() throws IOException {
        Path out = dir.resolve("by.svg");
        CliRun run = run(bcg(), "--by", "alloc", "--method", "DL", "--ci", "wald", "--level", "90", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String svg = Files.readString(out);
        assertEquals(4, svg.split("class=\"diamond\"", -1).length - 1);
        assertTrue(svg.contains("Subtotal (90% CI)"));
        assertTrue(svg.contains("Test for subgroup differences"));
        assertTrue(svg.contains("DL estimator"));
    }

    @Test
    void badExtensionIsBadUsage() {
        CliRun run = run(bcg(), "--out", dir.resolve("forest.jpg").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("forest.jpg") && run.err().contains(".svg, .png or .pdf"), run.err());
        assertFalse(Files.exists(dir.resolve("forest.jpg")));
    }

    @Test
    void badInputReportsFileLineAndColumn() throws IOException {
        Path data = dir.resolve("bad.csv");
        Files.writeString(data, "study,events_1,total_1,events_2,total_2\nKarami 2020,57,40,3,40\n");
        Path out = dir.resolve("forest.svg");
        CliRun run = run(data.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("evsynth forest: "), run.err());
        assertTrue(run.err().contains("line 2") && run.err().contains("events_1 (57) exceeds total_1 (40)"),
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFileAndUnknownByColumnAreBadInput() {
        String out = dir.resolve("f.svg").toString();
        assertEquals(2, run(dir.resolve("none.csv").toString(), "--out", out).exitCode());
        CliRun run = run(bcg(), "--by", "region", "--out", out);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--by column 'region' is not in the file"), run.err());
        assertEquals(2, run(bcg(), "--common-tau2", "--out", out).exitCode());
    }

    @Test
    void outIsRequired() {
        CliRun run = run(bcg());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out"), run.err());
    }
}
