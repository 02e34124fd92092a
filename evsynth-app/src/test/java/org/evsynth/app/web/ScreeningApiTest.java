package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evsynth.review.Actor;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON API of issue 10 for screening and conflicts: its shapes, its statuses and its errors. */
class ScreeningApiTest {

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoReviewersScreenAConflictAppearsAndTheArbiterSettlesIt(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(2));
            Fixture.arbiter(site, "Vera");
            WebClient rex = site.signedIn("Rex");
            JsonNode next = rex.get("/api/screening/next?stage=title-abstract").json();
            assertEquals(List.of("record"), fields(next));
            JsonNode record = next.get("record");
            assertEquals(List.of("id", "title", "abstract", "authors", "journal", "year", "doi"), fields(record));
            assertEquals(1, record.get("id").asLong());
            assertEquals("Trial 1 of a microaxial flow pump in cardiogenic shock", record.get("title").asText());
            assertEquals("Author1, A", record.get("authors").get(0).asText());
            assertEquals("10.9999/t1", record.get("doi").asText());
            assertEquals(2001, record.get("year").asInt());

            WebClient.Answer stored = rex.postJson("/api/screening/decisions", Map.of("record", 1, "stage",
                    "title-abstract", "decision", "include", "note", "a pump trial"));
            assertEquals(201, stored.status(), stored.body());
            JsonNode d = stored.json();
            assertEquals(List.of("id", "record", "stage", "reviewer", "decision", "reason", "note", "decided_at"),
                    fields(d));
            assertEquals("Rex", d.get("reviewer").asText());
            assertEquals("a pump trial", d.get("note").asText());
            assertEquals(2, rex.get("/api/screening/next?stage=title-abstract").json().at("/record/id").asLong());

            WebClient rita = site.signedIn("Rita");
            JsonNode blind = rita.get("/api/records/1").json();
            assertEquals(1, blind.at("/record/id").asLong());
            assertEquals(0, blind.get("decisions").size(), "Rex's vote is hidden until Rita votes");
            assertEquals(201, rita.postJson("/api/screening/decisions", Map.of("record", 1, "stage", "title-abstract",
                    "decision", "exclude")).status());
            assertEquals(2, rita.get("/api/records/1").json().get("decisions").size(), "now she sees both");

            WebClient vera = site.signedIn("Vera");
            assertEquals(403, vera.get("/api/conflicts").status(),
                    "a viewer is no arbiter, whatever the protocol says");
            WebClient olivia = site.signedIn("Olivia");
            JsonNode conflicts = olivia.get("/api/conflicts?stage=title-abstract").json();
            assertEquals(1, conflicts.size());
            assertEquals(List.of("record", "stage", "title", "decisions"), fields(conflicts.get(0)));
            assertEquals(2, conflicts.get(0).get("decisions").size());
            assertEquals(0, olivia.get("/api/conflicts?stage=full-text").json().size());
            assertEquals(1, olivia.get("/api/conflicts").json().size(), "both stages without one");

            assertEquals(403, rex.postJson("/api/conflicts/1/resolution", Map.of("stage", "title-abstract",
                    "decision", "include")).status(), "a reviewer cannot settle a conflict");
            WebClient.Answer settled = olivia.postJson("/api/conflicts/1/resolution", Map.of("stage",
                    "title-abstract", "decision", "include", "note", "pump trials are in"));
            assertEquals(201, settled.status(), settled.body());
            assertEquals(List.of("id", "record", "stage", "resolver", "decision", "reason", "note", "resolved_at"),
                    fields(settled.json()));
            assertEquals("Olivia", settled.json().get("resolver").asText());
            WebClient.Answer notInConflict = olivia.postJson("/api/conflicts/2/resolution", Map.of("stage",
                    "title-abstract", "decision", "exclude"));
            assertEquals(409, notInConflict.status(), "nobody has decided record 2 yet");
            assertTrue(notInConflict.json().get("error").asText().contains("not in conflict"), notInConflict.body());
            assertEquals(1, site.review.status().sought(), "record 1 goes on to full text");
        }
    }

    @Test
    void errorsAreJsonWithTheFieldNamedAndNeverAStackTrace() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(1));
            WebClient rex = site.signedIn("Rex");
            expect(rex.get("/api/screening/next"), 400, "field 'stage' is required");
            expect(rex.get("/api/screening/next?stage=abstract"), 400, "field 'stage' must be");
            expect(rex.postJson("/api/screening/decisions", Map.of("stage", "title-abstract", "decision",
                    "include")), 400, "field 'record' is required");
            expect(rex.postJson("/api/screening/decisions", Map.of("record", 1, "stage", "title-abstract",
                    "decision", "withdrawn")), 400, "field 'decision' must be include, exclude or maybe");
            expect(rex.postJson("/api/screening/decisions", Map.of("record", "one", "stage", "title-abstract",
                    "decision", "include")), 400, "field 'record'");
            expect(rex.postJson("/api/screening/decisions", Map.of("record", 1, "stage", "title-abstract",
                    "decision", "include", "colour", "red")), 400, "field 'colour'");
            expect(rex.postJson("/api/screening/decisions", Map.of("record", 1, "stage", "full-text", "decision",
                    "exclude", "reason", "wrong population")), 409, "only records included there are assessed");
            expect(rex.postJson("/api/screening/decisions", Map.of("record", 99, "stage", "title-abstract",
                    "decision", "include")), 404, "has no record 99");
            expect(rex.get("/api/records/99"), 404, "has no record 99");
            expect(rex.get("/api/records/abc"), 400, "field 'id'");
            expect(site.client().get("/api/screening/next?stage=title-abstract"), 401, "sign in first");
            expect(site.signedIn("Vera").postJson("/api/screening/decisions", Map.of("record", 1, "stage",
                    "title-abstract", "decision", "include")), 403, "a viewer may not");
            WebClient olivia = site.signedIn("Olivia");
            expect(olivia.postJson("/api/conflicts/1/resolution", Map.of("decision", "include")), 400,
                    "field 'stage' is required");
            expect(olivia.postJson("/api/conflicts/1/resolution", Map.of("stage", "title-abstract", "decision",
                    "maybe")), 400, "field 'decision' must be include or exclude");
            expect(olivia.postJson("/api/conflicts/1/resolution", Map.of("stage", "title-abstract", "decision",
                    "include")), 409, "not in conflict");
            rex.csrf = null;
            expect(rex.postJson("/api/screening/decisions", Map.of("record", 1, "stage", "title-abstract",
                    "decision", "include")), 403, "CSRF");
            assertTrue(site.review.screening().allDecisions().isEmpty(), "nothing was decided");
        }
    }

    @Test
    void aBearerTokenScreensWithoutTheCsrfHeader() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(1));
            long rex = site.people.findByName("Rex").orElseThrow().id();
            WebClient script = site.client();
            script.bearer = site.people.createToken(rex, "script", "Olivia").secret();
            WebClient.Answer a = script.postJson("/api/screening/decisions", Map.of("record", 1, "stage",
                    "title-abstract", "decision", "maybe"));
            assertEquals(201, a.status(), a.body());
            assertEquals("Rex", site.review.screening().allDecisions().get(0).reviewer());
            assertTrue(script.get("/api/screening/next?stage=title-abstract").json().get("record").isNull(),
                    "nothing left for Rex");
            assertEquals(1, site.review.screening().decisionsVisibleTo(Actor.named("Rex"), Stage.TITLE_ABSTRACT)
                    .size());
        }
    }

    private static void expect(WebClient.Answer a, int status, String inError) {
        assertEquals(status, a.status(), a.body());
        String error = a.json().get("error").asText();
        assertTrue(error.contains(inError), error);
        assertEquals(List.of("error"), fields(a.json()));
        assertFalse(a.body().contains("Exception") || a.body().contains("at org."), a.body());
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
