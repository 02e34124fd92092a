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
import java.util.List;
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
        assertEquals("Line  Search                  Hits  Status", run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("line 2, not evaluated: subject heading 'Heart Failure/' not searched: records "
                + "have no subject headings"), run.out());
        assertTrue(run.out().contains("exp Heart Failure/         -  not evaluated"), run.out());
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

    private static final String CARDIOMYOPATHY_NBIB = String.join("\n",
            "PMID- 1", "TI  - Outcome of dilated cardiomyopathy", "MH  - Cardiomyopathy, Dilated", "DP  - 2015", "",
            "PMID- 2", "TI  - Heart failure clinics", "MH  - Heart Failure", "DP  - 2016", "");

    @Test
    void aLineTheRecordsCannotAnswerRunsMarkedInTextAndJson() throws IOException {
        Path strategy = write("s.txt", "1 heart.ti.\n2 limit 1 to ed=19460101-20150131\n3 (2012* or 2013*).ed.\n");
        Path records = write("r.ris", RIS);
        Run json = run("--strategy", strategy.toString(), records.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode lines = new ObjectMapper().readTree(json.out()).get("lines");
        assertEquals("partly evaluated", lines.get(1).get("status").asText());
        assertEquals(2, lines.get(1).get("hits").asInt());
        assertEquals("not evaluated", lines.get(1).get("notes").get(0).get("kind").asText());
        assertTrue(lines.get(1).get("notes").get(0).get("message").asText().contains("records have no entry dates"));
        assertTrue(lines.get(2).get("hits").isNull());
        assertEquals("not evaluated", lines.get(2).get("status").asText());
        assertEquals("ovid", lines.get(0).get("syntax").asText());
        Run text = run("--strategy", strategy.toString(), records.toString());
        assertTrue(text.out().contains("line 2, not evaluated: limit to ed=19460101-20150131 not applied"), text.out());
    }

    @Test
    void meshTreeExplodesHeadings() throws IOException {
        Path strategy = write("s.txt", "exp Cardiomyopathies/\n");
        Path records = write("r.nbib", CARDIOMYOPATHY_NBIB);
        Path tree = write("mtrees2017.bin", "Cardiomyopathies;C14.280.238\nCardiomyopathy, Dilated;C14.280.238.100\n");
        Run without = run("--strategy", strategy.toString(), records.toString(), "--format", "json");
        Run with = run("--strategy", strategy.toString(), records.toString(), "--mesh", tree.toString(),
                "--format", "json");
        assertEquals(0, with.code(), with.err());
        assertEquals(0, new ObjectMapper().readTree(without.out()).get("final_hits").asInt());
        assertEquals(1, new ObjectMapper().readTree(with.out()).get("final_hits").asInt());
    }

    @Test
    void badMeshFileIsBadInputWithFileAndLine() throws IOException {
        Path tree = write("mtrees.bin", "Cardiomyopathies C14\n");
        Run run = run("--strategy", write("s.txt", "exp Cardiomyopathies/").toString(),
                write("r.ris", RIS).toString(), "--mesh", tree.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("mtrees.bin, line 1:"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    @Test
    void syntaxOptionReadsEveryLineInIt() throws IOException {
        Path strategy = write("s.txt", "heart failure\n");
        Path records = write("r.ris", RIS);
        Run ovid = run("--strategy", strategy.toString(), records.toString(), "--syntax", "ovid", "--format", "json");
        Run pubmed = run("--strategy", strategy.toString(), records.toString(), "--syntax", "pubmed", "--format",
                "json");
        assertEquals(1, new ObjectMapper().readTree(ovid.out()).get("final_hits").asInt(), "a phrase in Ovid");
        assertEquals(2, new ObjectMapper().readTree(pubmed.out()).get("final_hits").asInt(), "both words in PubMed");
        assertEquals(2, run("--strategy", strategy.toString(), records.toString(), "--syntax", "cinahl").code());
    }

    @Test
    void translateWritesTheStrategyForAnotherInterface() throws IOException {
        Path strategy = write("s.txt", "1 exp Heart Failure/\n2 (heart adj3 failure).tw.\n3 or/1-2\n");
        Run pubmed = run("--translate", "pubmed", strategy.toString());
        assertEquals(0, pubmed.code(), pubmed.err());
        assertTrue(pubmed.out().contains("#1\tHeart Failure[mh]"), pubmed.out());
        assertTrue(pubmed.out().contains("#2\t\"heart failure\"[tiab:~2]"), pubmed.out());
        assertTrue(pubmed.out().contains("#3\t#1 OR #2"), pubmed.out());
        Run embase = run("--translate", "ovid-embase", "--strategy", strategy.toString(), "--format", "json");
        JsonNode line = new ObjectMapper().readTree(embase.out()).get("lines").get(0);
        assertEquals("exp heart failure/", line.get("text").asText());
        assertTrue(!line.get("exact").asBoolean());
        assertTrue(line.get("comments").get(0).asText().contains("Emtree"));
        Run unknown = run("--translate", "cinahl", strategy.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("pubmed, ovid-medline, ovid-embase, cochrane-library, scopus, wos"));
    }

    @Test
    void errorsGiveLineColumnAndReasonAndNoStackTrace() throws IOException {
        Path records = write("r.ris", RIS);
        Run forward = run("--strategy", write("f.txt", "1 heart.ti.\n2 1 or 3\n3 lung.ti.\n").toString(),
                records.toString());
        assertEquals(2, forward.code());
        assertTrue(forward.err().contains("line 2, column 6: line reference to a line that does not come before"),
                forward.err());
        Run scopus = run("--strategy", write("c.txt", "#1 TITLE-ABS-KEY(\"heart failure\")\n").toString(),
                records.toString());
        assertEquals(2, scopus.code());
        assertTrue(scopus.err().contains("Scopus syntax"), scopus.err());
        assertTrue(scopus.err().startsWith("evsynth search: "), scopus.err());
        Run escape = run("--strategy", write("e.txt", "heart.xx. \u001b[31m\n").toString(), records.toString());
        assertEquals(2, escape.code());
        assertTrue(!escape.err().contains("\u001b"), "no raw escape character reaches the terminal");
        assertTrue(!forward.err().contains("Exception") && !scopus.err().contains("at org."));
    }

    @Test
    void caretLineStandsUnderTheColumn() throws IOException {
        Run run = run("--strategy", write("b.txt", "1 heart.ti.\n2 (heart near/3 failure).tw.\n").toString(),
                write("r.ris", RIS).toString());
        assertEquals(2, run.code());
        List<String> err = run.err().lines().toList();
        assertTrue(err.get(0).startsWith("evsynth search: ") && err.get(0).contains("b.txt: line 2, column 13"),
                run.err());
        assertEquals("  2  (heart near/3 failure).tw.", err.get(1));
        assertEquals(" ".repeat(17) + "^", err.get(2), "under the 3 of near/3, column 13");
    }

    @Test
    void cochraneLibraryStrategiesRunAndTranslate() throws IOException {
        Path strategy = write("cochrane.txt", String.join("\n",
                "#1 MeSH descriptor: [Heart Failure] explode all trees 1200",
                "#2 (heart NEAR/3 failure):ti,ab,kw 900",
                "#3 {OR #1-#2} with Publication Year from 2000 to 2010, in Trials"));
        Path records = write("r.ris", RIS);
        Run json = run("--strategy", strategy.toString(), records.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode lines = new ObjectMapper().readTree(json.out()).get("lines");
        assertEquals("cochrane-library", lines.get(2).get("syntax").asText());
        assertEquals(1, lines.get(2).get("hits").asInt(), "the 2005 record; 'in Trials' cannot be checked");
        assertEquals("partly evaluated", lines.get(2).get("status").asText());
        Run ovid = run("--translate", "ovid-medline", strategy.toString(), "--format", "json");
        assertEquals(0, ovid.code(), ovid.err());
        JsonNode translation = new ObjectMapper().readTree(ovid.out());
        assertEquals("cochrane-library", translation.get("source_syntax").asText());
        assertEquals("exp Heart Failure/", translation.get("lines").get(0).get("text").asText());
        assertEquals("(heart adj3 failure).ti,ab,kf,hw.", translation.get("lines").get(1).get("text").asText());
        Run given = run("--strategy", write("p.txt", "heart failure").toString(), records.toString(), "--syntax",
                "embase-com", "--format", "json");
        assertEquals("embase-com", new ObjectMapper().readTree(given.out()).get("lines").get(0).get("syntax")
                .asText());
    }
}
