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
}
