package org.evsynth.app.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evsynth.review.Actor;
import org.evsynth.review.PeopleStorage;
import org.evsynth.review.Review;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evsynth serve} killed with SIGKILL while two reviewers screen through it, then started again on the same
 * folder: every decision that was answered 201 is there, each with its audit entry, and the tables derived from the
 * decisions (queues, states, counts) are exactly what rebuilding them from the decisions gives, so nothing
 * half-done is visible. Then screening goes on where it stopped.
 */
class ServeCrashTest {

    private static final Path EXPORT = Path.of("..", "..", "shared", "data", "formats", "revtools",
            "restoration_pubmed.nbib");
    private static final String PASSWORD = "a long enough password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILL_AFTER = 60;

    @TempDir
    Path tmp;

    /** A decision answered 201: its id, record and reviewer. */
    private record Accepted(long id, long record, String reviewer) {
    }

    @Test
    void everyDecisionAnswered201SurvivesASigkillAndNothingHalfDoneIsVisible() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EXPORT), "skipped: no " + EXPORT + " (the shared data)");
        Path dir = tmp.resolve("rev");
        try (Review review = Review.create(dir, "Crash test", Actor.named("setup"))) {
            review.searches().importFile(Actor.named("setup"), Searches.Import.of(EXPORT, "MEDLINE",
                    SourceKind.DATABASE, null, null));
        }
        try (MemberStore people = PeopleStorage.open(dir)) {
            for (String name : List.of("Rex", "Rita")) {
                people.add(name, Role.REVIEWER, PASSWORD.toCharArray(), "setup");
            }
        }

        List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
        Process serve = ServeProcess.start(dir, tmp.resolve("first.log"));
        try {
            URI address = ServeProcess.address(tmp.resolve("first.log"), serve);
            List<Thread> reviewers = new ArrayList<>();
            for (String name : List.of("Rex", "Rita")) {
                Thread t = new Thread(() -> screenUntilCut(address, name, accepted));
                t.start();
                reviewers.add(t);
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (accepted.size() < KILL_AFTER && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            serve.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop, requests cut mid-way
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
            for (Thread t : reviewers) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
        } finally {
            serve.destroyForcibly();
        }
        assertTrue(accepted.size() >= KILL_AFTER, "screening was under way: " + accepted.size());

        Process again = ServeProcess.start(dir, tmp.resolve("second.log"));
        try {
            URI address = ServeProcess.address(tmp.resolve("second.log"), again);
            HttpClient rex = signIn(address, "Rex");
            HttpResponse<String> next = rex.send(HttpRequest.newBuilder(address.resolve(
                    "/api/screening/next?stage=title-abstract")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode(), next.body());
            long nextRecord = JSON.readTree(next.body()).at("/record/id").asLong();
            assertFalse(accepted.stream().anyMatch(a -> a.reviewer().equals("Rex") && a.record() == nextRecord),
                    "Rex goes on with a record he has not decided");
        } finally {
            again.destroy();
            assertTrue(again.waitFor(30, TimeUnit.SECONDS));
        }

        Map<Long, String> stored = storedDecisions(dir);
        for (Accepted a : accepted) {
            assertEquals(a.record() + " " + a.reviewer(), stored.get(a.id()), "decision " + a.id() + " answered 201");
        }
        try (Connection c = sqlite(dir); Statement s = c.createStatement()) {
            assertEquals(count(s, "SELECT COUNT(*) FROM screening_decision"),
                    count(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'screen'"), "each decision with its entry");
        }
        Map<String, Object> derived = status(dir);
        try (Connection c = sqlite(dir); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE derived_state SET version = 0 WHERE name = 'screening'");
        }
        assertEquals(derived, status(dir), "the derived tables equal a rebuild from the decisions");
    }

    /** A reviewer's loop, next then decide, until the server goes away. */
    private static void screenUntilCut(URI address, String name, List<Accepted> accepted) {
        try {
            HttpClient http = signIn(address, name);
            String csrf = csrf(http, address);
            while (true) {
                HttpResponse<String> next = http.send(HttpRequest.newBuilder(address.resolve(
                        "/api/screening/next?stage=title-abstract")).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode record = JSON.readTree(next.body()).get("record");
                if (record == null || record.isNull()) {
                    return;
                }
                long id = record.get("id").asLong();
                String body = "{\"record\":" + id + ",\"stage\":\"title-abstract\",\"decision\":\""
                        + (id % 3 == 0 ? "include" : "exclude") + "\"}";
                HttpResponse<String> d = ServeProcessTest.post(http, address, "/api/screening/decisions", body, csrf);
                if (d.statusCode() == 201) {
                    accepted.add(new Accepted(JSON.readTree(d.body()).get("id").asLong(), id, name));
                }
            }
        } catch (IOException e) {
            // the server was killed: the request in flight has no answer, and may or may not have been committed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpClient signIn(URI address, String name) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> in = ServeProcessTest.post(http, address, "/api/login", "{\"name\":\"" + name
                + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(200, in.statusCode(), in.body());
        return http;
    }

    private static String csrf(HttpClient http, URI address) throws IOException, InterruptedException {
        HttpResponse<String> s = http.send(HttpRequest.newBuilder(address.resolve("/api/session")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(s.body()).get("csrf_token").asText();
    }

    private static Map<Long, String> storedDecisions(Path dir) throws Exception {
        Map<Long, String> out = new HashMap<>();
        try (Connection c = sqlite(dir); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, record_id, reviewer FROM screening_decision")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2) + " " + rs.getString(3));
            }
        }
        return out;
    }

    private static Map<String, Object> status(Path dir) {
        try (Review review = Review.open(dir)) {
            return review.status().asMap();
        }
    }

    private static Connection sqlite(Path dir) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Review.DATABASE_FILE));
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
