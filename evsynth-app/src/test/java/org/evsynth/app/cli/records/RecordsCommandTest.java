package org.evsynth.app.cli.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String RIS = "TY  - JOUR\nTI  - Liraglutide and cardiovascular outcomes\nAU  - Marso, Steven P.\n"
            + "PY  - 2016\nT2  - N Engl J Med\nSP  - 311\nEP  - 22\nDO  - https://doi.org/10.1056/NEJMoa1603827\n"
            + "ER  - \n\nTY  - JOUR\nTI  - Semaglutide in type 2 diabetes\nAU  - Davies, Melanie\nPY  - 2017\nER  - \n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasFilePositionFieldsAndWarnings() throws IOException {
        Path ris = file("search.ris", RIS + "TY  - JOUR\nTI  - Cut short\n");
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), ris.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        JsonNode first = root.get("records").get(0);
        assertEquals(ris.toString(), first.get("file").asText());
        assertEquals(1, first.get("position").asInt());
        assertEquals("311-322", first.get("pages").asText());
        assertEquals("10.1056/nejmoa1603827", first.get("doi").asText());
        assertEquals("Marso", first.get("authors").get(0).get("family").asText());
        assertEquals(3, root.get("records").get(2).get("position").asInt());
        assertEquals(16, root.get("warnings").get(0).get("line").asInt());
    }

    @Test
    void risOutputReadsBackAndWarningsGoToStandardError() throws IOException {
        Path ris = file("search.ris", RIS);
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), ris.toString(), "--format", "ris");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("TI  - Liraglutide and cardiovascular outcomes\r\n"), run.out());
        assertTrue(run.out().contains("SP  - 311\r\nEP  - 322\r\n"));
        assertEquals("", run.err());
    }

    @Test
    void csvOutputHasAHeaderAndOneRowPerRecord() throws IOException {
        Path ris = file("search.ris", RIS);
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), ris.toString(), "--format", "csv");
        assertEquals(0, run.exitCode());
        String[] lines = run.out().split("\r\n");
        assertTrue(lines[0].startsWith("file,position,type,title,authors,year"), lines[0]);
        assertEquals(3, lines.length);
    }

    @Test
    void csvWithAColumnMapping() throws IOException {
        Path csv = file("own.csv", "Article Title,AU,PY\nA trial,\"Smith, J\",2001\n");
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), csv.toString(), "--columns",
                "title=Article Title;authors=AU;year=PY");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode r = JSON.readTree(run.out()).get("records").get(0);
        assertEquals("A trial", r.get("title").asText());
        assertEquals(2001, r.get("year").asInt());
    }

    @Test
    void missingFileIsBadInputNamingTheFileWithNothingOnStandardOutput() throws IOException {
        Path ris = file("search.ris", RIS);
        Path missing = dir.resolve("missing.ris");
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), ris.toString(), missing.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("missing.ris: no such file"), run.err());
    }

    @Test
    void unrecognisedContentIsBadInput() throws IOException {
        Path notes = file("notes.txt", "hello\nworld\n");
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), notes.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("notes.txt: format not recognised"), run.err());
    }

    @Test
    void unknownOutputFormatIsBadUsage() throws IOException {
        Path ris = file("search.ris", RIS);
        RecordsCliRun run = RecordsCliRun.of(new RecordsCommand(), ris.toString(), "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format") && run.err().contains("expected json, csv or ris"));
    }
}
