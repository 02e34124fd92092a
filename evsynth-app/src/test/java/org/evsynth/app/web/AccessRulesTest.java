package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.pages.Navigation;
import org.evsynth.app.web.security.Access;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the running server, asked by someone signed out, a viewer, a reviewer and the owner, with and
 * without the CSRF token: the route table's access rules hold on the server for every one of them.
 */
class AccessRulesTest {

    @TempDir
    static Path tmp;

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestSite.SQLITE, tmp);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The route's path with its parameters filled in with ids nothing has. */
    private static String concrete(Route r) {
        return r.path().replace("{id}", "999999").replace("{pair}", "999999").replace("{record}", "999999")
                .replace("{file}", "app.css").replace("{token}", "0").replace("{name}", "forest-0.svg");
    }

    private static HttpRequest.Builder request(WebClient c, Route r) {
        HttpRequest.Builder b = c.request(concrete(r)).header("Accept", r.api() ? "application/json" : "text/html");
        HttpRequest.BodyPublisher empty = HttpRequest.BodyPublishers.noBody();
        return r.method() == HandlerType.GET ? b.GET() : b.method(r.method().name(), empty);
    }

    /** Routes that end the session they are called with, asked last. */
    private static boolean endsSession(Route r) {
        return r.path().endsWith("/logout");
    }

    @Test
    void signedOutRequestsGet401FromTheApiAndTheSignInPageOtherwise() {
        WebClient nobody = site.client();
        for (Route r : site.server.routes()) {
            if (r.access() == Access.ANYONE) {
                continue;
            }
            WebClient.Answer a = nobody.send(request(nobody, r));
            if (r.api()) {
                assertEquals(401, a.status(), r + ": " + a.body());
                assertTrue(a.json().get("error").asText().contains("sign in"), a.body());
            } else if (r.method() == HandlerType.GET) {
                assertEquals(302, a.status(), r.toString());
                assertTrue(a.header("Location").startsWith("/login?next=%2F"), a.header("Location"));
            } else {
                assertTrue(a.status() == 302 || a.status() == 401, r + " gave " + a.status());
            }
        }
    }

    @Test
    void eachRoleReachesWhatItsRuleAllowsAndNothingElse() {
        Map<String, WebClient> signedIn = new java.util.HashMap<>();
        for (Role role : Role.values()) {
            String name = switch (role) {
                case OWNER -> "Olivia";
                case REVIEWER -> "Rex";
                case VIEWER -> "Vera";
            };
            List<Route> routes = new ArrayList<>(site.server.routes());
            routes.sort((a, b) -> Boolean.compare(endsSession(a), endsSession(b)));
            for (Route r : routes) {
                WebClient member = endsSession(r) ? site.signedIn(name) : signedIn.computeIfAbsent(name,
                        site::signedIn);
                WebClient.Answer a = member.send(request(member, r));
                if (r.access() == Access.ANYONE) {
                    assertTrue(a.status() < 500, name + " on " + r + ": " + a.status() + " " + a.body());
                } else if (r.access().allows(role)) {
                    assertNotEquals(401, a.status(), name + " on " + r + ": " + a.body());
                    assertNotEquals(403, a.status(), name + " on " + r + ": " + a.body());
                    assertTrue(a.status() < 500, name + " on " + r + ": " + a.status() + " " + a.body());
                } else {
                    assertEquals(403, a.status(), name + " on " + r + ": " + a.body());
                    if (r.api()) {
                        assertTrue(a.json().get("error").asText().startsWith("a " + role.id() + " may not"), a.body());
                    }
                }
            }
        }
    }

    @Test
    void everyChangeWithoutTheCsrfTokenIsRefused() {
        WebClient owner = site.signedIn("Olivia");
        String token = owner.csrf;
        owner.csrf = null;
        for (Route r : site.server.routes()) {
            if (r.method() == HandlerType.GET || r.access() == Access.ANYONE) {
                continue;
            }
            WebClient.Answer a = owner.send(request(owner, r));
            assertEquals(403, a.status(), r + ": " + a.body());
            assertTrue(a.body().contains("CSRF"), a.body());
        }
        owner.csrf = "not-" + token;
        WebClient.Answer wrong = owner.postJson("/api/members", Map.of("name", "Eve", "role", "owner",
                "password", "a password for eve"));
        assertEquals(403, wrong.status());
        owner.csrf = token;
        assertEquals(200, owner.get("/api/session").status(), "the session itself still works");
        assertTrue(site.people.findByName("Eve").isEmpty(), "nothing was changed without the token");
    }

    @Test
    void aReviewerCannotManagePeopleNorAViewerWrite() {
        WebClient rex = site.signedIn("Rex");
        WebClient.Answer add = rex.postJson("/api/members", Map.of("name", "Mallory", "role", "owner",
                "password", "mallory's password"));
        assertEquals(403, add.status(), add.body());
        assertEquals(403, rex.postForm("/people", Map.of("name", "Mallory", "role", "owner", "password",
                "mallory's password", "confirm", "mallory's password")).status());
        long olivia = site.people.findByName("Olivia").orElseThrow().id();
        assertEquals(403, rex.delete("/api/members/" + olivia).status());
        assertEquals(403, rex.postForm("/people/" + olivia + "/role", Map.of("role", "viewer")).status());
        WebClient vera = site.signedIn("Vera");
        assertEquals(403, vera.postForm("/people/" + olivia + "/remove", Map.of()).status());
        assertTrue(site.people.findByName("Mallory").isEmpty());
        assertEquals(Role.OWNER, site.people.findByName("Olivia").orElseThrow().role());
        assertEquals(200, vera.get("/api/status").status(), "a viewer reads");
    }

    @Test
    void conflictsAreForTheOwnerAndTheReviewersTheProtocolNamesAsArbiters() {
        WebClient rex = site.signedIn("Rex");
        WebClient rita = site.signedIn("Rita");
        assertEquals(403, rex.get("/api/conflicts").status());
        assertEquals(403, rita.get("/api/conflicts").status());
        String protocol = site.review.protocol().yaml();
        site.review.updateProtocol(org.evsynth.review.Actor.named("Olivia"), protocol.replace("# arbiter: Carol",
                "arbiter: rita"));
        try {
            assertEquals(200, rita.get("/api/conflicts").status(), "named in any letter case, at once");
            assertEquals(200, rita.get("/conflicts").status());
            assertTrue(rita.get("/").body().contains("href=\"/conflicts\""), "the arbiter has the Conflicts link");
            WebClient.Answer settle = rita.postJson("/api/conflicts/999999/resolution", Map.of("stage",
                    "title-abstract", "decision", "include"));
            assertEquals(404, settle.status(), "past the access rule: no such record");
            assertEquals(403, rex.get("/conflicts").status(), "another reviewer is still refused");
            assertTrue(rex.get("/api/conflicts").json().get("error").asText().contains("arbiter"));
            assertTrue(!rex.get("/").body().contains("href=\"/conflicts\""), "and has no link");
            assertEquals(403, site.signedIn("Vera").get("/api/conflicts").status());
        } finally {
            site.review.updateProtocol(org.evsynth.review.Actor.named("Olivia"), protocol);
        }
        assertEquals(403, rita.get("/api/conflicts").status(), "no longer named, no longer let in");
    }

    @Test
    void theNavigationOffersOnlyPagesTheirRouteAllows() {
        for (Navigation.Entry e : Navigation.ENTRIES) {
            Route get = site.server.routes().stream().filter(r -> r.method() == HandlerType.GET
                    && r.path().equals(e.href())).findFirst().orElseThrow(() -> new AssertionError(e.href()));
            assertEquals(get.access(), e.access(), e.href());
        }
        String vera = site.signedIn("Vera").get("/").body();
        assertTrue(vera.contains("href=\"/\"") && !vera.contains("href=\"/people\""), "a viewer has no People link");
        String olivia = site.signedIn("Olivia").get("/").body();
        assertTrue(olivia.contains("href=\"/people\""), "the owner has");
    }
}
