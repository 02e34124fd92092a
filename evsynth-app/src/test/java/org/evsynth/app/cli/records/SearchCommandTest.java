package org.evsynth.app.cli.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.evsynth.app.cli.EvsynthCommand;
import picocli.CommandLine;

class SearchCommandTest {

    private static final Path SCREENING = Path.of("../../shared/data/screening/UrinaryIncontinence.csv");
    /** CLEF TAR 2017 topic CD011145 (MMSE), the strategy as the topic file gives it. */
    private static final String MMSE = String.join("\n",
            "MMSE*.ti,ab.", "sMMSE.ti,ab.", "Folstein*.ti,ab.", "MiniMental.ti,ab.", "\"mini mental stat*\".ti,ab.",
            "or/1-5");
    private static final String RIS = String.join("\n",
            "TY  - JOUR", "TI  - Heart failure in the elderly", "AB  - Beta blockers reduce mortality.",
            "PY  - 2005", "ER  - ", "",
            "TY  - JOUR", "TI  - Failure of the heart pump", "AB  - A case.", "PY  - 1998", "ER  - ", "",
            "TY  - JOUR", "TI  - Colour vision", "PY  - 2010", "ER  - ", "");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvsynthCommand.configure(new CommandLine(new SearchCommand())).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonOnTheScreeningRecords() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SCREENING), "screening data not beside the project");
        Path strategy = write("mmse.txt", MMSE);
        Run run = run("--strategy", strategy.toString(), SCREENING.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(6, json.get("lines").size());
        assertEquals("or/1-5", json.get("lines").get(5).get("text").asText());
        assertEquals(6, json.get("lines").get(5).get("number").asInt());
        // the two MEDLINE-retrieved PMIDs of this topic in the file, at positions 182 and 184
        assertEquals(2, json.get("final_hits").asInt());
        assertEquals(182, json.get("matches").get(0).get("position").asInt());
        assertEquals(184, json.get("matches").get(1).get("position").asInt());
        assertTrue(json.get("matches").get(0).get("file").asText().endsWith("UrinaryIncontinence.csv"));
    }

    @Test
    void textIsTheNiceTable() throws IOException {
        Path strategy = write("s.txt", "1 heart.ti. 100\n2 (pump or colour).ti. 20\n3 1 or 2 110\n");
        Path records = write("r.ris", RIS);
        Run run = run("--strategy", strategy.toString(), records.toString());
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals("Line  Search                    Hits    Reported", lines[0]);
        assertEquals("1     heart.ti.                    2         100", lines[1]);
        assertEquals("2     (pump or colour).ti.         2          20", lines[2]);
        assertEquals("3     1 or 2                       3         110", lines[3]);
        assertTrue(run.out().contains("Final search (line 3): 3 records"), run.out());
    }

    @Test
    void textWithoutReportedCountsHasNoReportedColumn() throws IOException {
        Run run = run("--strategy", write("s.txt", "heart.ti.\nexp Heart Failure/").toString(),
                write("r.ris", RIS).toString(), "--format", "text");
        assertEquals(0, run.code(), run.err());
        assertEquals("Line  Search                  Hits", run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("line 2: exploded heading 'Heart Failure'"), run.out());
    }

    @Test
    void parseErrorGoesToStderrWithLineAndConstruct() throws IOException {
        Path strategy = write("bad.txt", "heart.ti.\n(heart near/3 failure).tw.\n");
        Path records = write("r.ris", RIS);
        Run run = run("--strategy", strategy.toString(), records.toString(), "--format", "json");
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("line 2, column 13"), run.err());
        assertTrue(run.err().contains("'heart near/3'"), run.err());
        assertTrue(run.err().contains("(heart near/3 failure).tw."), run.err());
    }

    @Test
    void missingStrategyFileIsBadInput() throws IOException {
        Path records = write("r.ris", RIS);
        Run run = run("--strategy", dir.resolve("none.txt").toString(), records.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("none.txt"), run.err());
    }

    @Test
    void unknownFormatIsBadInput() throws IOException {
        Run run = run("--strategy", write("s.txt", "heart.ti.").toString(), write("r.ris", RIS).toString(),
                "--format", "xml");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--format"), run.err());
    }
}
