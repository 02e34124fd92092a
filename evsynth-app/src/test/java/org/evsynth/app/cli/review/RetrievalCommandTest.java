package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full text that could not be obtained moves from 'sought' to 'not retrieved' in the PRISMA counts. */
class RetrievalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void notRetrievedReportsAreCounted() throws Exception {
        String dir = tmp.resolve("rev").toString();
        assertEquals(0, ReviewCli.run("init", dir, "--title", "Retrieval").exitCode());
        Path ris = ReviewCli.ris(tmp.resolve("a.ris"), List.of(
                new ReviewCli.Ref("Microaxial flow pump in cardiogenic shock", "Moller, JE", 2024, "10.9/a"),
                new ReviewCli.Ref("Intra-aortic balloon pump in cardiogenic shock", "Thiele, H", 2012, "10.9/b")));
        assertEquals(0, ReviewCli.run("import", dir, ris.toString(), "--source", "MEDLINE").exitCode());
        List<Long> ids = new ArrayList<>();
        for (JsonNode r : JSON.readTree(ReviewCli.run("records", dir).out()).get("records")) {
            ids.add(r.get("id").asLong());
        }
        StringBuilder csv = new StringBuilder("record,stage,reviewer,decision,reason,note\n");
        for (long id : ids) {
            csv.append(id).append(",title-abstract,ann,include,,\n").append(id).append(",title-abstract,bob,include,,\n");
        }
        Path decisions = Files.writeString(tmp.resolve("d.csv"), csv);
        assertEquals(0, ReviewCli.run("decisions", dir, "--import", decisions.toString()).exitCode());

        ReviewCli retrieval = ReviewCli.run("retrieval", dir, "--record", ids.get(1).toString(), "--not-retrieved");
        assertEquals(0, retrieval.exitCode(), retrieval.err());
        assertTrue(retrieval.out().contains("not retrieved"), retrieval.out());
        JsonNode status = JSON.readTree(ReviewCli.run("status", dir, "--format", "json").out());
        assertEquals(2, status.get("sought").asInt());
        assertEquals(1, status.get("not_retrieved").asInt());

        ReviewCli both = ReviewCli.run("retrieval", dir, "--record", "1", "--retrieved", "--not-retrieved");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("not both"), both.err());
    }

    @Test
    void registersAreCountedApartFromDatabases() throws Exception {
        String dir = tmp.resolve("reg").toString();
        assertEquals(0, ReviewCli.run("init", dir, "--title", "Registers").exitCode());
        Path medline = ReviewCli.ris(tmp.resolve("m.ris"), List.of(
                new ReviewCli.Ref("Microaxial flow pump in cardiogenic shock", "Moller, JE", 2024, "10.9/a")));
        Path ctgov = ReviewCli.ris(tmp.resolve("c.ris"), List.of(
                new ReviewCli.Ref("DanGer Shock trial registration", "Moller, JE", 2012, null),
                new ReviewCli.Ref("ECLS-SHOCK trial registration", "Thiele, H", 2019, null)));
        assertEquals(0, ReviewCli.run("import", dir, medline.toString(), "--source", "MEDLINE").exitCode());
        assertEquals(0, ReviewCli.run("import", dir, ctgov.toString(), "--source", "ClinicalTrials.gov",
                "--register").exitCode());
        JsonNode status = JSON.readTree(ReviewCli.run("status", dir, "--format", "json").out());
        assertEquals("ClinicalTrials.gov", status.at("/identified/registers/0").asText());
        assertEquals(2, status.at("/identified/per_source/ClinicalTrials.gov").asInt());
        Path svg = tmp.resolve("prisma.svg");
        assertEquals(0, ReviewCli.run("prisma", dir, "--out", svg.toString()).exitCode());
        String drawing = Files.readString(svg);
        assertTrue(drawing.contains("Registers (n = 2)") || drawing.contains("ClinicalTrials.gov (n = 2)"), drawing);
    }
}
