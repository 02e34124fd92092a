package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evsynth.app.web.security.SessionPolicy;
import org.evsynth.app.web.security.ThrottlePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sessions, sign-in limits, tokens, forgery checks, headers and errors of the real server, on SQLite and on a
 * real PostgreSQL server.
 */
class SessionSecurityTest {

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSessionFromSignInToSignOut(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WebClient rex = site.client();
            WebClient.Answer login = rex.postJson("/api/login", Map.of("name", "rex", "password", TestSite.PASSWORD));
            assertEquals(200, login.status(), login.body());
            assertEquals("Rex", login.json().get("name").asText(), "names are matched in any letter case");
            assertEquals("reviewer", login.json().get("role").asText());
            String cookie = login.header("Set-Cookie");
            assertTrue(cookie.matches("evsynth_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax"), cookie);
            rex.csrf = login.json().get("csrf_token").asText();

            JsonNode who = rex.get("/api/session").json();
            assertEquals("Rex", who.get("name").asText());
            assertEquals(rex.csrf, who.get("csrf_token").asText());
            assertEquals("session", who.get("authenticated_by").asText());

            WebClient.Answer out = rex.postJson("/api/logout", Map.of());
            assertEquals(204, out.status(), out.body());
            assertTrue(out.header("Set-Cookie").startsWith("evsynth_session=; Max-Age=0"), out.header("Set-Cookie"));
            WebClient replay = site.client();
            WebClient.Answer stale = replay.send(replay.request("/api/session").header("Cookie",
                    cookie.substring(0, cookie.indexOf(';'))).GET());
            assertEquals(401, stale.status(), "the old session id is worthless after sign-out");

            WebClient.Answer wrong = site.client().postJson("/api/login", Map.of("name", "Rex", "password", "nope"));
            assertEquals(401, wrong.status());
            assertEquals("wrong name or password", wrong.json().get("error").asText());
            WebClient.Answer nobody = site.client().postJson("/api/login", Map.of("name", "Zed", "password", "nope"));
            assertEquals(wrong.body(), nobody.body(), "an unknown name is answered as a wrong password");
        }
    }

    @Test
    void sessionsEndAfterTheIdleAndTheAbsoluteTimeout() {
        WebSettings settings = WebSettings.defaults().with(new SessionPolicy(Duration.ofMinutes(30),
                Duration.ofHours(2)));
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp, settings)) {
            WebClient vera = site.signedIn("Vera");
            site.clock.advance(Duration.ofMinutes(29));
            assertEquals(200, vera.get("/api/session").status(), "29 minutes idle is still a session");
            site.clock.advance(Duration.ofMinutes(30));
            assertEquals(401, vera.get("/api/session").status(), "30 minutes idle ends it");
            assertEquals(302, vera.get("/").status(), "and a page sends the browser to sign in");

            WebClient busy = site.signedIn("Vera");
            for (int i = 0; i < 4; i++) {
                site.clock.advance(Duration.ofMinutes(25));
                assertEquals(200, busy.get("/api/session").status(), "busy for " + (i + 1) * 25 + " minutes");
            }
            site.clock.advance(Duration.ofMinutes(20));
            assertEquals(401, busy.get("/api/session").status(), "however busy, a session ends after two hours");
        }
    }

    @Test
    void failedSignInsAreLimitedPerAccountAndPerAddress() {
        WebSettings settings = WebSettings.defaults().with(new ThrottlePolicy(3, 5, Duration.ofMinutes(15)));
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp, settings)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, site.client().postJson("/api/login", Map.of("name", "Olivia", "password",
                        "guess " + i)).status());
            }
            WebClient.Answer locked = site.client().postJson("/api/login", Map.of("name", "Olivia", "password",
                    TestSite.PASSWORD));
            assertEquals(429, locked.status(), "even the right password waits once the account is over its limit");
            long retry = Long.parseLong(locked.header("Retry-After"));
            assertTrue(retry > 800 && retry <= 900, "Retry-After " + retry);
            assertTrue(locked.json().get("error").asText().startsWith("too many failed sign-ins; try again in 15 "
                    + "minutes"), locked.body());
            assertEquals(200, site.client().postJson("/api/login", Map.of("name", "Rex", "password",
                    TestSite.PASSWORD)).status(), "another account from the same address may still sign in");

            for (String name : List.of("Nobody1", "Nobody2")) {
                assertEquals(401, site.client().postJson("/api/login", Map.of("name", name, "password", "x"))
                        .status());
            }
            assertEquals(429, site.client().postJson("/api/login", Map.of("name", "Vera", "password",
                    TestSite.PASSWORD)).status(), "five failures from one address, over several names, stop it");

            site.clock.advance(Duration.ofMinutes(16));
            assertEquals(200, site.client().postJson("/api/login", Map.of("name", "Olivia", "password",
                    TestSite.PASSWORD)).status(), "after the window, the owner signs in");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void bearerTokensNeedNoCsrfAndStopWhenRevokedOrTheirMemberIsRemoved(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WebClient olivia = site.signedIn("Olivia");
            long rexId = site.people.findByName("Rex").orElseThrow().id();
            WebClient.Answer created = olivia.postJson("/api/members/" + rexId + "/tokens",
                    Map.of("label", "nightly status"));
            assertEquals(201, created.status(), created.body());
            String secret = created.json().get("secret").asText();
            assertTrue(olivia.get("/api/tokens").body().contains("nightly status"));
            assertFalse(olivia.get("/api/tokens").body().contains(secret), "the secret is shown once only");

            WebClient script = site.client();
            script.bearer = secret;
            JsonNode who = script.get("/api/session").json();
            assertEquals("Rex", who.get("name").asText());
            assertTrue(who.get("csrf_token").isNull());
            assertEquals(200, script.get("/api/status").status());
            assertEquals(403, script.postJson("/api/members", Map.of("name", "X", "role", "viewer", "password",
                    "12345678x")).status(), "a token carries its member's role, no more");

            script.bearer = secret.substring(0, secret.length() - 2) + "xx";
            assertEquals(401, script.get("/api/status").status());
            script.bearer = null;
            WebClient.Answer basic = script.send(script.request("/api/status").header("Authorization",
                    "Basic T2xpdmlhOnBhc3N3b3Jk").GET());
            assertEquals(401, basic.status());

            WebClient rex = site.signedIn("Rex");
            long tokenId = created.json().get("id").asLong();
            assertEquals(204, olivia.delete("/api/tokens/" + tokenId).status());
            script.bearer = secret;
            assertEquals(401, script.get("/api/status").status(), "a revoked token is refused at once");

            assertEquals(204, olivia.delete("/api/members/" + rexId).status());
            assertEquals(401, rex.get("/api/session").status(), "a removed member is signed out at once");
            assertEquals(409, olivia.delete("/api/members/" + site.people.findByName("Olivia").orElseThrow().id())
                    .status(), "the last owner stays");
        }
    }

    @Test
    void aRequestFromAnotherSiteIsRefusedEvenWithTheToken() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WebClient olivia = site.signedIn("Olivia");
            HttpRequest.Builder forged = olivia.request("/api/members").header("Origin", "https://evil.example")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Eve\",\"role\":\"owner\","
                            + "\"password\":\"eve's password\"}"));
            assertEquals(403, olivia.send(forged).status());
            HttpRequest.Builder crossSite = olivia.request("/api/logout").header("Sec-Fetch-Site", "cross-site")
                    .POST(HttpRequest.BodyPublishers.noBody());
            assertEquals(403, olivia.send(crossSite).status());
            String self = "http://127.0.0.1:" + site.server.port();
            HttpRequest.Builder same = olivia.request("/api/members").header("Origin", self)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sam\",\"role\":\"viewer\","
                            + "\"password\":\"sam's password\"}"));
            assertEquals(201, olivia.send(same).status(), "the same origin is welcome");
            assertTrue(site.people.findByName("Eve").isEmpty());
        }
    }

    @Test
    void theSignInFormNeedsItsOwnCookieAndGoesBackWhereItCameFrom() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WebClient browser = site.client();
            assertEquals("/login?next=%2Fpeople", browser.get("/people").header("Location"));
            WebClient.Answer form = browser.get("/login?next=%2Fpeople");
            assertEquals(200, form.status());
            assertTrue(form.header("Set-Cookie").contains("SameSite=Strict"), form.header("Set-Cookie"));
            String token = between(form.body(), "name=\"_signin\" value=\"", "\"");
            WebClient.Answer in = browser.postForm("/login", Map.of("_signin", token, "name", "Olivia",
                    "password", TestSite.PASSWORD, "next", "/people"));
            assertEquals(303, in.status(), in.body());
            assertEquals("/people", in.header("Location"));

            WebClient elsewhere = site.client();
            String t2 = between(elsewhere.get("/login").body(), "name=\"_signin\" value=\"", "\"");
            WebClient.Answer away = elsewhere.postForm("/login", Map.of("_signin", t2, "name", "Olivia",
                    "password", TestSite.PASSWORD, "next", "//evil.example/"));
            assertEquals("/", away.header("Location"), "no open redirect");

            WebClient forged = site.client();
            WebClient.Answer noCookie = forged.postForm("/login", Map.of("_signin", token, "name", "Olivia",
                    "password", TestSite.PASSWORD));
            assertEquals(403, noCookie.status(), "a sign-in posted from elsewhere has no matching cookie");
            assertNull(noCookie.header("Set-Cookie"));

            WebClient typo = site.client();
            String t3 = between(typo.get("/login").body(), "name=\"_signin\" value=\"", "\"");
            WebClient.Answer bad = typo.postForm("/login", Map.of("_signin", t3, "name", "Olivia",
                    "password", "not it"));
            assertEquals(401, bad.status());
            assertTrue(bad.body().contains("wrong name or password") && bad.body().contains("value=\"Olivia\""));
            assertFalse(bad.body().contains("not it"), "the password is never shown back");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoStackTrace() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WebClient vera = site.signedIn("Vera");
            for (WebClient.Answer a : List.of(vera.get("/"), vera.get("/api/status"), vera.get("/static/app.css"),
                    vera.get("/nowhere"), site.client().get("/login"), vera.get("/api/nowhere"))) {
                String csp = a.header("Content-Security-Policy");
                assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                        && !csp.contains("unsafe-inline"), "CSP: " + csp);
                assertEquals("nosniff", a.header("X-Content-Type-Options"));
                assertEquals("same-origin", a.header("Referrer-Policy"));
                assertEquals("DENY", a.header("X-Frame-Options"));
                assertNull(a.header("Server"), "the server does not say what it runs");
            }
            assertEquals("no-store", vera.get("/api/status").header("Cache-Control"));
            WebClient.Answer missing = vera.get("/api/nowhere");
            assertEquals(404, missing.status());
            assertTrue(missing.json().has("error"));
            assertTrue(vera.get("/").header("Content-Type").startsWith("text/html"));

            WebClient olivia = site.signedIn("Olivia");
            WebClient.Answer broken = olivia.send(olivia.request("/api/members")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Eve\", \"role\": ")));
            assertEquals(400, broken.status());
            assertTrue(broken.json().get("error").asText().startsWith("the body is not valid JSON"), broken.body());
            WebClient.Answer unknownField = olivia.postJson("/api/members", Map.of("name", "Eve", "role", "owner",
                    "password", "eve's password", "admin", true));
            assertEquals(400, unknownField.status());
            assertTrue(unknownField.json().get("error").asText().contains("'admin'"), unknownField.body());
            WebClient.Answer badRole = olivia.postJson("/api/members", Map.of("name", "Eve", "role", "admin",
                    "password", "eve's password"));
            assertEquals(400, badRole.status());
            assertTrue(badRole.json().get("error").asText().contains("unknown role 'admin'"), badRole.body());
            WebClient.Answer badId = olivia.delete("/api/members/abc");
            assertEquals(400, badId.status(), badId.body());
            for (WebClient.Answer a : List.of(broken, unknownField, badRole, badId)) {
                assertFalse(a.body().contains("Exception") || a.body().contains("\tat "), a.body());
                assertFalse(a.body().contains("eve's password"), a.body());
            }
            WebClient.Answer notJson = olivia.send(olivia.request("/api/login").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("name=Olivia")));
            assertEquals(400, notJson.status());
            assertNotEquals(null, notJson.json().get("error"));
        }
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no '" + start + "' in " + text);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
