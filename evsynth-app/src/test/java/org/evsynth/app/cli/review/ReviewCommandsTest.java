package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review verbs one by one on a real SQLite review, the routing of records/dedup/prisma, and bad input. */
class ReviewCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void aReviewWithTwoSearches() throws Exception {
        dir = tmp.resolve("rev");
        ReviewCli init = ReviewCli.run("init", dir.toString(), "--title", "Impella versus VA-ECMO");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.isRegularFile(dir.resolve("review.yaml")));
        Path medline = ReviewCli.ris(tmp.resolve("medline.ris"), ReviewCli.medline());
        Path embase = ReviewCli.ris(tmp.resolve("embase.ris"), ReviewCli.embase());
        ReviewCli a = ReviewCli.run("import", dir.toString(), medline.toString(), "--source", "MEDLINE",
                "--searched", "2025-02-28", "--as", "alice");
        assertEquals(0, a.exitCode(), a.err());
        assertTrue(a.out().contains("6 records added as search 1 (MEDLINE, searched 2025-02-28)"), a.out());
        assertEquals(0, ReviewCli.run("import", dir.toString(), embase.toString(), "--source", "Embase").exitCode());
    }

    @Test
    void initRefusesAnExistingReview() {
        ReviewCli again = ReviewCli.run("init", dir.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().startsWith("evsynth init: " + dir + " already holds a review"), again.err());
    }

    @Test
    void theSameFileAgainAddsNothing() {
        ReviewCli again = ReviewCli.run("import", dir.toString(), tmp.resolve("medline.ris").toString(), "--source",
                "MEDLINE");
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("was imported before as search 1; nothing added"), again.out());
    }

    @Test
    void dedupOfAReviewMergesAndStatusCountsIt() throws Exception {
        ReviewCli dedup = ReviewCli.run("dedup", dir.toString());
        assertEquals(0, dedup.exitCode(), dedup.err());
        assertTrue(dedup.out().startsWith("Stage one: 2 records merged now"), dedup.out());
        JsonNode status = JSON.readTree(ReviewCli.run("status", dir.toString(), "--format", "json").out());
        assertEquals(6, status.at("/identified/per_source/MEDLINE").asInt());
        assertEquals(3, status.at("/identified/per_source/Embase").asInt());
        assertEquals(9, status.at("/identified/total").asInt());
        assertEquals(2, status.get("duplicates_removed").asInt());
        assertEquals(7, status.at("/pending/title-abstract/undecided").asInt());
        ReviewCli text = ReviewCli.run("status", dir.toString());
        assertTrue(text.out().contains("Records identified:             9 (Embase 3, MEDLINE 6)"), text.out());
    }

    @Test
    void recordsOfAReviewWithStatusAndDecisions() throws Exception {
        ReviewCli.run("dedup", dir.toString());
        Path csv = tmp.resolve("d.csv");
        Files.writeString(csv, "record,stage,reviewer,decision,reason,note\n1,title-abstract,alice,include,,\n");
        assertEquals(0, ReviewCli.run("decisions", dir.toString(), "--import", csv.toString()).exitCode());
        JsonNode records = JSON.readTree(ReviewCli.run("records", dir.toString()).out()).get("records");
        assertEquals(9, records.size());
        assertEquals("title-abstract pending", records.get(0).get("status").asText());
        assertEquals("alice", records.get(0).at("/decisions/0/reviewer").asText());
        assertEquals("duplicate", records.get(6).get("status").asText());
        assertEquals(1, records.get(6).get("duplicate_of").asInt());
        ReviewCli asCsv = ReviewCli.run("records", dir.toString(), "--format", "csv");
        assertTrue(asCsv.out().startsWith("id,source,title,first_author,year,doi,status,duplicate_of,study,decisions\n"
                + "1,MEDLINE,Microaxial flow pump"), asCsv.out());
        assertEquals(2, ReviewCli.run("records", dir.toString(), "--format", "ris").exitCode());
    }

    @Test
    void recordsAndDedupOfFilesStillWork() {
        ReviewCli records = ReviewCli.run("records", tmp.resolve("medline.ris").toString(), "--format", "csv");
        assertEquals(0, records.exitCode(), records.err());
        assertTrue(records.out().contains("Microaxial flow pump"));
        ReviewCli dedup = ReviewCli.run("dedup", tmp.resolve("medline.ris").toString(),
                tmp.resolve("embase.ris").toString());
        assertEquals(0, dedup.exitCode(), dedup.err());
        assertTrue(dedup.out().contains("\"pairs_for_review\""), dedup.out());
        ReviewCli resolve = ReviewCli.run("dedup", tmp.resolve("medline.ris").toString(), "--resolve", "1", "same");
        assertEquals(2, resolve.exitCode());
        assertTrue(resolve.err().contains("--resolve applies to a review folder"), resolve.err());
    }

    @Test
    void prismaOfAReviewDrawsItsCounts() throws Exception {
        ReviewCli.run("dedup", dir.toString());
        Path svg = tmp.resolve("prisma.svg");
        ReviewCli run = ReviewCli.run("prisma", dir.toString(), "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String drawing = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(drawing.contains("MEDLINE"), "records per source are drawn");
        assertTrue(drawing.contains("(n = 2)"), "duplicates removed");
        assertTrue(run.err().contains("warning: " + dir), "screening still open does not add up: " + run.err());
    }

    @Test
    void dedupResolveChecksItsWords() {
        ReviewCli bad = ReviewCli.run("dedup", dir.toString(), "--resolve", "1", "maybe");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("'maybe' is neither same nor different"), bad.err());
        ReviewCli unknown = ReviewCli.run("dedup", dir.toString(), "--resolve", "99", "same");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().startsWith("evsynth dedup: "), unknown.err());
    }

    @Test
    void notAReviewFolderIsNamed() {
        Path empty = tmp.resolve("nothing");
        for (String verb : new String[] {"status", "log", "conflicts", "studies"}) {
            ReviewCli run = ReviewCli.run(verb, empty.toString());
            assertEquals(2, run.exitCode(), verb);
            assertTrue(run.err().startsWith("evsynth " + verb + ": " + empty + " holds no review"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void badDecisionWordNamesFileAndLineAndRecordsNothing() throws Exception {
        Path csv = tmp.resolve("decisions.csv");
        Files.writeString(csv, "record,stage,reviewer,decision,reason,note\n1,title-abstract,alice,include,,\n"
                + "2,title-abstract,alice,inclde,,\n");
        ReviewCli run = ReviewCli.run("decisions", dir.toString(), "--import", csv.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("evsynth decisions: " + csv + " line 3: unknown decision 'inclde'"),
                run.err());
        assertTrue(ReviewCli.run("decisions", dir.toString(), "--export", "-").out().lines().count() == 1,
                "all or nothing");
    }

    @Test
    void unknownRecordIsNamed() throws Exception {
        Path csv = tmp.resolve("decisions.csv");
        Files.writeString(csv, "record,stage,reviewer,decision,reason,note\n99,title-abstract,alice,include,,\n");
        ReviewCli run = ReviewCli.run("decisions", dir.toString(), "--import", csv.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(csv + " line 2: ") && run.err().contains("record 99"), run.err());
        ReviewCli study = ReviewCli.run("studies", dir.toString(), "--create", "X", "--records", "1,99");
        assertEquals(2, study.exitCode());
        assertTrue(study.err().contains("has no record 99"), study.err());
        assertTrue(ReviewCli.run("studies", dir.toString()).out().contains("No studies."), "nothing created");
    }

    @Test
    void missingFileAndBadDate() {
        ReviewCli missing = ReviewCli.run("import", dir.toString(), tmp.resolve("none.ris").toString(), "--source",
                "X");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.ris: no such file"), missing.err());
        ReviewCli date = ReviewCli.run("import", dir.toString(), tmp.resolve("medline.ris").toString(), "--source",
                "X", "--searched", "28/02/2025");
        assertEquals(2, date.exitCode());
        assertTrue(date.err().contains("'28/02/2025' is not a date YYYY-MM-DD"), date.err());
    }

    @Test
    void decisionsRoundTripAndConflictsAndTheLog() throws Exception {
        Path csv = tmp.resolve("decisions.csv");
        Files.writeString(csv, "record,stage,reviewer,decision,reason,note\n1,title-abstract,alice,include,,\n"
                + "1,title-abstract,bob,exclude,,not shock\n2,title-abstract,alice,include,,\n"
                + "2,title-abstract,bob,include,,\n");
        ReviewCli imported = ReviewCli.run("decisions", dir.toString(), "--import", csv.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("4 decisions recorded"));
        Path exported = tmp.resolve("out.csv");
        assertEquals(0, ReviewCli.run("decisions", dir.toString(), "--export", exported.toString()).exitCode());
        assertTrue(ReviewCli.run("decisions", dir.toString(), "--import", exported.toString()).out()
                .contains("0 decisions recorded"), "an export imports again without change");
        ReviewCli conflicts = ReviewCli.run("conflicts", dir.toString());
        assertTrue(conflicts.out().startsWith("record 1, title-abstract: Moller"), conflicts.out());
        assertTrue(conflicts.out().contains("  bob: exclude - not shock"), conflicts.out());
        ReviewCli resolve = ReviewCli.run("conflicts", dir.toString(), "--resolve", "1", "include", "--as", "carol");
        assertEquals(0, resolve.exitCode(), resolve.err());
        assertEquals("No conflicts.\n", ReviewCli.run("conflicts", dir.toString()).out());
        ReviewCli log = ReviewCli.run("log", dir.toString());
        assertTrue(log.out().contains("carol  resolve"), log.out());
        assertTrue(log.out().lines().filter(l -> l.contains("  screen record ")).count() >= 4, log.out());
        JsonNode json = JSON.readTree(ReviewCli.run("log", dir.toString(), "--format", "json").out());
        assertTrue(json.isArray() && json.size() > 5);
        assertFalse(ReviewCli.run("status", dir.toString(), "--format", "xml").exitCode() == 0);
    }
}
