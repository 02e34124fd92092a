package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `evsynth rob`: files written, exit codes and messages. */
class RobCommandTest {

    private static final Path ROB2 = Path.of("../../shared/data/rob/data_rob2.csv");
    private static final Path ROBINS_I = Path.of("../../shared/data/rob/data_robins_i.csv");

    @TempDir
    Path dir;

    /** Runs the command on its own (EvsynthCommand registers it; this test does not depend on that). */
    static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = EvsynthCommand.configure(new CommandLine(command));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void writesATrafficLightSvg() throws IOException {
        assumeTrue(Files.exists(ROB2));
        Path svg = dir.resolve("rob2.svg");
        CliRun run = run(new RobCommand(), ROB2.toString(), "--tool", "rob2", "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(svg).contains("class=\"rob-circle\""));
        assertEquals(svg + System.lineSeparator(), run.out());
    }

    @Test
    void bothPlotsAsPng() throws IOException {
        assumeTrue(Files.exists(ROBINS_I));
        Path png = dir.resolve("robins.png");
        CliRun run = run(new RobCommand(), ROBINS_I.toString(), "--tool", "ROBINS-I", "--plot", "both",
                "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String name : new String[] {"robins-traffic-light.png", "robins-summary.png"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', name);
        }
    }

    @Test
    void badJudgementIsBadInputWithFileLineAndColumn() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Study,D1,D2,D3,D4,D5,Overall\nA,Low,Low,Low,Low,Low,Hgh\n");
        CliRun run = run(new RobCommand(), csv.toString(), "--tool", "rob2", "--out", dir.resolve("x.svg").toString());
        assertEquals(2, run.exitCode());
        assertEquals("evsynth rob: " + csv + ", line 2, column Overall: 'Hgh' is not a RoB 2 judgement (Low, "
                + "Some concerns, High, No information)", run.err().strip());
        assertEquals("", run.out());
        assertTrue(Files.notExists(dir.resolve("x.svg")));
    }

    @Test
    void weightedWithoutWeightsUnknownToolMissingFileAndBadExtension() {
        assumeTrue(Files.exists(ROB2));
        String out = dir.resolve("s.svg").toString();
        CliRun weighted = run(new RobCommand(), ROB2.toString(), "--tool", "rob2", "--plot", "summary",
                "--weighted", "--out", out);
        assertEquals(2, weighted.exitCode());
        assertTrue(weighted.err().contains("--weighted needs a Weight column"), weighted.err());
        CliRun tool = run(new RobCommand(), ROB2.toString(), "--tool", "rob1", "--out", out);
        assertEquals(2, tool.exitCode());
        assertTrue(tool.err().contains("unknown risk-of-bias tool 'rob1'"), tool.err());
        CliRun missing = run(new RobCommand(), "nope.csv", "--tool", "rob2", "--out", out);
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());
        CliRun extension = run(new RobCommand(), ROB2.toString(), "--tool", "rob2", "--out", "x.gif");
        assertEquals(2, extension.exitCode());
        assertTrue(extension.err().contains("must end in .svg, .png or .pdf"), extension.err());
    }
}
