package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review verbs with --db on a real PostgreSQL server (binaries from Maven Central, started in the test). */
class PostgresCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedPostgres server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE team_review");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aTeamReviewOnTheServer() throws Exception {
        String url = server.getJdbcUrl("postgres", "team_review");
        String dir = tmp.resolve("rev").toString();
        ReviewCli init = ReviewCli.run("init", dir, "--title", "Team review", "--db", url);
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.exists(tmp.resolve("rev/review.yaml")) && !Files.exists(tmp.resolve("rev/review.db")),
                "the protocol is in the folder, the data on the server");
        Path ris = ReviewCli.ris(tmp.resolve("a.ris"), List.of(
                new ReviewCli.Ref("Microaxial flow pump in cardiogenic shock", "Moller, JE", 2024, "10.9/a"),
                new ReviewCli.Ref("Intra-aortic balloon pump in cardiogenic shock", "Thiele, H", 2012, "10.9/b")));
        assertEquals(0, ReviewCli.run("import", dir, ris.toString(), "--source", "MEDLINE", "--db", url).exitCode());
        Path csv = Files.writeString(tmp.resolve("d.csv"), "record,stage,reviewer,decision,reason,note\n"
                + "1,title-abstract,ann,include,,\n1,title-abstract,bob,include,,\n"
                + "2,title-abstract,ann,exclude,,\n2,title-abstract,bob,exclude,,\n");
        assertEquals(0, ReviewCli.run("decisions", dir, "--import", csv.toString(), "--db", url).exitCode());
        JsonNode status = JSON.readTree(ReviewCli.run("status", dir, "--format", "json", "--db", url).out());
        assertEquals(2, status.at("/identified/total").asInt());
        assertEquals(2, status.get("screened").asInt());
        assertEquals(1, status.get("excluded_screening").asInt());
        assertEquals(1, status.get("sought").asInt());
        assertTrue(ReviewCli.run("log", dir, "--db", url).out().contains("ann"), "the audit log is on the server");
    }
}
