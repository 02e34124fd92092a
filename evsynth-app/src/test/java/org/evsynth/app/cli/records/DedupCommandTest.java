package org.evsynth.app.cli.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEDLINE = "PMID- 27295427\nTI  - Liraglutide and cardiovascular outcomes in type 2 "
            + "diabetes.\nFAU - Marso, Steven P\nDP  - 2016 Jul 28\nTA  - N Engl J Med\nJT  - The New England journal "
            + "of medicine\nVI  - 375\nPG  - 311-22\nLID - 10.1056/NEJMoa1603827 [doi]\n";
    private static final String EMBASE = "TY  - JOUR\nT1  - Liraglutide and cardiovascular outcomes in type 2 diabetes\n"
            + "A1  - Marso S.P.\nY1  - 2016\nJF  - New England Journal of Medicine\nVL  - 375\nSP  - 311\nEP  - 322\n"
            + "DO  - 10.1056/NEJMoa1603827\nER  - \n\n"
            + "TY  - JOUR\nT1  - Liraglutide and cardiovascular outcomes in type 2 diabetes\nA1  - Marso S.P.\n"
            + "Y1  - 2016\nJF  - Diabetes. Conference: 76th Scientific Sessions\nVL  - 65\nM3  - Conference Abstract\n"
            + "ER  - \n";

    @TempDir
    Path dir;

    @Test
    void jsonFollowsTheContract() throws IOException {
        Path medline = Files.writeString(dir.resolve("medline.nbib"), MEDLINE, StandardCharsets.UTF_8);
        Path embase = Files.writeString(dir.resolve("embase.ris"), EMBASE, StandardCharsets.UTF_8);
        RecordsCliRun run = RecordsCliRun.of(new DedupCommand(), medline.toString(), embase.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        JsonNode records = root.get("records");
        assertEquals(3, records.size());
        // The MEDLINE record is kept for its group and is also in the pair with the conference abstract.
        assertEquals("review", records.get(0).get("status").asText());
        assertEquals(embase.toString(), records.get(1).get("file").asText());
        assertEquals(1, records.get(1).get("position").asInt());
        assertEquals("duplicate", records.get(1).get("status").asText());
        assertEquals(records.get(0).get("group").asInt(), records.get(1).get("group").asInt());
        assertEquals("review", records.get(2).get("status").asText());
        JsonNode pair = root.get("pairs_for_review").get(0);
        assertEquals(medline.toString(), pair.get("a").get("file").asText());
        assertEquals(2, pair.get("b").get("position").asInt());
        assertTrue(pair.get("score").asDouble() >= 0.8);
        assertTrue(pair.get("disagree").toString().contains("kind"), pair.toString());
        JsonNode summary = root.get("summary");
        assertEquals(3, summary.get("records").asInt());
        assertEquals(2, summary.get("unique").asInt());
        assertEquals(1, summary.get("merged_automatically").asInt());
        assertEquals(1, summary.get("pairs_for_review").asInt());
    }

    @Test
    void textReportNamesGroupsRulesAndPairs() throws IOException {
        Path medline = Files.writeString(dir.resolve("medline.nbib"), MEDLINE, StandardCharsets.UTF_8);
        Path embase = Files.writeString(dir.resolve("embase.ris"), EMBASE, StandardCharsets.UTF_8);
        RecordsCliRun run = RecordsCliRun.of(new DedupCommand(), medline.toString(), embase.toString(),
                "--format", "text");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("3 records: 2 kept, 1 merged automatically, 1 pairs for review"), run.out());
        assertTrue(run.out().contains("group 1 (same-doi)"), run.out());
        assertTrue(run.out().contains("embase.ris#2"), run.out());
    }

    @Test
    void crossDatabaseExportsOfOneSearch() throws IOException {
        Path pubmed = shared("formats/revtools/restoration_pubmed.nbib");
        Path scopus = shared("formats/revtools/restoration_scopus.ris");
        Path wos = shared("formats/revtools/restoration_WoS.ciw");
        RecordsCliRun run = RecordsCliRun.of(new DedupCommand(), pubmed.toString(), scopus.toString(), wos.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out()).get("summary");
        assertEquals(104 + 286 + 247, summary.get("records").asInt());
        assertTrue(summary.get("merged_automatically").asInt() > 100, summary.toString());
    }

    @Test
    void missingFileIsBadInputWithNothingOnStandardOutput() {
        RecordsCliRun run = RecordsCliRun.of(new DedupCommand(), dir.resolve("gone.ris").toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("gone.ris: no such file"), run.err());
    }

    @Test
    void thresholdOutOfRangeIsBadUsage() throws IOException {
        Path embase = Files.writeString(dir.resolve("embase.ris"), EMBASE, StandardCharsets.UTF_8);
        RecordsCliRun run = RecordsCliRun.of(new DedupCommand(), embase.toString(), "--threshold", "1.5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("review threshold 1.500 is not in (0, 1]"), run.err());
    }

    private static Path shared(String relative) {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared data not found: " + relative);
        return null;
    }
}
