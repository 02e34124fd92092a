package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.security.Access;
import org.evsynth.review.Decision;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blinding on the server, under dual screening: after Rex has voted, Rita (a reviewer) walks every route the route
 * table lets her reach, pages and API, with every parameter that names a record, and Rex's votes are nowhere: not
 * his notes, not his decisions, not the agreement of his pair with Olivia. Once Rita has voted on a record, she
 * sees Rex's vote on that one, and still not on the others.
 */
class BlindingTest {

    private static final String SECRET = "rex-private-note-";

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void noRouteShowsAReviewerAnotherReviewersVoteBeforeTheirOwn(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(6));
            // Rex votes on 1-4; Olivia agrees on 2 (settled) and disagrees on 3 (a conflict, open to Rita too)
            for (long id = 1; id <= 4; id++) {
                Fixture.decide(site, "Rex", id, id == 4 ? Decision.EXCLUDE : Decision.INCLUDE, SECRET + id);
            }
            Fixture.decide(site, "Olivia", 2, Decision.INCLUDE, "olivia agrees");
            Fixture.decide(site, "Olivia", 3, Decision.EXCLUDE, "olivia disagrees");
            site.review.labels().change(org.evsynth.review.Actor.named("Rex"),
                    new org.evsynth.review.Labels.Change(1, "rex-label", true));
            WebClient rita = site.signedIn("Rita");
            List<String> seen = walk(site, rita);
            assertTrue(seen.size() > 20, "the walk reached the routes: " + seen.size());
            // a refused decision shows the record again: still blinded (record 2 is settled without Rita)
            WebClient.Answer refused = rita.postForm("/screening/decisions", Map.of("record", "2", "decision",
                    "exclude"));
            assertEquals(409, refused.status());
            assertBlind(refused.body(), "POST /screening/decisions (refused)");
            assertBlind(rita.postForm("/screening/labels", Map.of("record", "1", "label", "x")).body(), "labels");

            // Rita votes on record 1: Rex's vote on it is hers to see now, and only that one
            assertEquals(201, rita.postJson("/api/screening/decisions", Map.of("record", 1, "stage",
                    "title-abstract", "decision", "exclude")).status());
            assertTrue(rita.get("/screening?record=1").body().contains(SECRET + 1), "after her own vote");
            String api = rita.get("/api/records/1").body();
            assertTrue(api.contains(SECRET + 1) && api.contains("\"Rex\""), api);
            for (long other = 2; other <= 4; other++) {
                assertFalse(rita.get("/screening?record=" + other).body().contains(SECRET), "record " + other);
                assertFalse(rita.get("/api/records/" + other).body().contains(SECRET), "record " + other);
            }
            String dashboard = rita.get("/").body();
            assertTrue(dashboard.contains("<strong>Rex</strong> and <strong>Rita</strong>: 1 records both decided"),
                    "her own pair's agreement: " + dashboard);
            assertFalse(dashboard.contains("<strong>Olivia</strong> and <strong>Rex</strong>"), dashboard);
            assertTrue(site.signedIn("Vera").get("/").body().contains("<strong>Olivia</strong> and <strong>Rex"
                    + "</strong>"), "a viewer, who screens nothing, sees every pair");
        }
    }

    /** Every GET route Rita may reach, with records 1 to 6 in every place a record goes; each answer checked. */
    private static List<String> walk(TestSite site, WebClient rita) {
        List<String> paths = new ArrayList<>();
        for (Route r : site.server.routes()) {
            if (r.method() != HandlerType.GET || !r.access().allows(Role.REVIEWER) || r.access() == Access.ANYONE) {
                continue;
            }
            for (long id = 1; id <= 6; id++) {
                String path = r.path().replace("{id}", Long.toString(id)).replace("{record}", Long.toString(id))
                        .replace("{pair}", Long.toString(id)).replace("{token}", "0").replace("{name}", "forest-0.svg");
                paths.add(path);
                for (String q : List.of("record=" + id, "after=" + id, "last=" + id, "stage=title-abstract",
                        "q=trial", "mine=any", "mine=undecided", "label=rex-label", "at=" + id)) {
                    paths.add(path + "?" + q);
                }
            }
        }
        List<String> seen = new ArrayList<>();
        for (String path : paths.stream().distinct().toList()) {
            WebClient.Answer a = rita.get(path);
            assertTrue(a.status() < 500, path + ": " + a.status() + " " + a.body());
            assertBlind(a.body(), path);
            seen.add(path);
        }
        return seen;
    }

    private static void assertBlind(String body, String where) {
        assertFalse(body.contains(SECRET), where + " shows Rex's note:\n" + body);
        assertFalse(body.contains("olivia agrees") || body.contains("olivia disagrees"), where + ": Olivia's note");
        assertFalse(body.contains("\"reviewer\":\"Rex\"") || body.contains("\"reviewer\":\"Olivia\""),
                where + " has another reviewer's decision:\n" + body);
        assertFalse(body.contains("<strong>Rex</strong>: ") || body.contains("<strong>Olivia</strong>: "),
                where + " lists another's vote");
        assertFalse(body.contains("<strong>Olivia</strong> and <strong>Rex</strong>"), where + ": their agreement");
        assertFalse(body.contains("\"reviewers\":[\"Olivia\",\"Rex\"]"), where + ": their agreement as JSON");
        assertFalse(body.contains("rex-label"), where + " shows Rex's label");
    }
}
