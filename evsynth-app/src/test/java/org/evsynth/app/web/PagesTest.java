package org.evsynth.app.web;

import org.evsynth.review.SourceKind;
import org.evsynth.review.Screening;
import org.evsynth.review.Searches;
import org.evsynth.review.Actor;
import org.evsynth.review.AuditLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evsynth.app.cli.EvsynthCommand;
import org.evsynth.review.Decision;
import org.evsynth.review.Stage;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages and the status API over a review with records and decisions, on SQLite and PostgreSQL. */
class PagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    static void fill(TestSite site, Path tmp) throws Exception {
        StringBuilder ris = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            ris.append("TY  - JOUR\nTI  - Trial ").append(i).append(" of mechanical support in shock\nAU  - Author")
                    .append(i).append(", A\nPY  - 20").append(10 + i).append("\nDO  - 10.9/t").append(i)
                    .append("\nER  - \n\n");
        }
        Path file = Files.writeString(tmp.resolve("medline-" + site.backend + ".ris"), ris.toString());
        site.review.searches().importFile(Actor.named("Olivia"), Searches.Import.of(file, "MEDLINE", SourceKind.DATABASE, null, null));
        for (long id = 1; id <= 4; id++) {
            site.review.screening().decide(Actor.named("Rex"), new Screening.Decide(id, Stage.TITLE_ABSTRACT,
                    id == 2 ? Decision.EXCLUDE : Decision.INCLUDE, null, null));
            site.review.screening().decide(Actor.named("Olivia"), new Screening.Decide(id, Stage.TITLE_ABSTRACT,
                    id == 3 ? Decision.EXCLUDE : Decision.INCLUDE, null, null));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theStatusApiAnswersWhatEvsynthStatusPrints(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            fill(site, tmp);
            JsonNode api = site.signedIn("Vera").get("/api/status").json();
            List<String> args = new ArrayList<>(List.of("status"));
            if (site.dir != null) {
                args.add(site.dir.toString());
            } else {
                Path folder = Files.createDirectories(tmp.resolve("folder"));
                args.addAll(List.of(folder.toString(), "--db", site.jdbcUrl + "?user=postgres"));
            }
            args.addAll(List.of("--format", "json"));
            StringWriter out = new StringWriter();
            int code = EvsynthCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                    .execute(args.toArray(String[]::new));
            assertEquals(0, code);
            assertEquals(WebClient.JSON.readTree(out.toString()), api);
            assertEquals(6, api.at("/identified/total").asInt());
            assertEquals(2, api.at("/pending/title-abstract/conflicts").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theDashboardShowsTheDiagramProgressAndConflicts(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            fill(site, tmp);
            WebClient vera = site.signedIn("Vera");
            String page = vera.get("/").body();
            assertTrue(page.contains("<img src=\"/prisma.svg\""), "the diagram");
            assertTrue(page.contains("<strong>2</strong> of 6 decided (33%); 4 still open"), page);
            assertTrue(page.contains("<strong>2</strong> at title and abstract"), "the conflicts");
            assertTrue(page.contains("<th scope=\"row\">Records identified</th><td class=\"number\">6</td>"), page);
            WebClient.Answer svg = vera.get("/prisma.svg");
            assertEquals(200, svg.status());
            assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
            assertTrue(svg.body().startsWith("<?xml") || svg.body().startsWith("<svg"), svg.body());
            assertTrue(svg.body().contains("MEDLINE"), "the sources are drawn");
        }
    }

    @Test
    void namesFromPeopleAreShownAsTextEverywhere() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            site.people.add(SCRIPT, Role.VIEWER, TestSite.PASSWORD.toCharArray(), "Olivia");
            site.people.add(IMG, Role.REVIEWER, TestSite.PASSWORD.toCharArray(), "Olivia");
            WebClient olivia = site.signedIn("Olivia");
            String people = olivia.get("/people").body();
            assertTrue(people.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), people);
            assertTrue(people.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;</th>"), "as text in the table");
            assertTrue(people.contains("aria-label=\"Remove &#34;>&lt;img src=x onerror=alert(1)>\""),
                    "in an attribute, the quote that would end it is escaped");
            assertFalse(people.contains(SCRIPT) || people.contains(IMG), people);

            WebClient odd = site.signedIn(IMG);
            String dashboard = odd.get("/").body();
            assertTrue(dashboard.contains("Signed in as <strong>\"&gt;&lt;img src=x onerror=alert(1)&gt;</strong>"),
                    dashboard);
            assertFalse(dashboard.contains(IMG), dashboard);
            WebClient.Answer added = olivia.postForm("/people", Map.of("name", SCRIPT, "role", "viewer",
                    "password", "another password", "confirm", "another password"));
            assertEquals(409, added.status(), "the name is taken");
            assertTrue(added.body().contains("value=\"&lt;script>alert(1)&lt;/script>\""), added.body());
            assertFalse(added.body().contains(SCRIPT), "not even in the refusal that quotes it");
        }
    }

    @Test
    void theOwnerAddsChangesAndRemovesPeopleOnThePage() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WebClient olivia = site.signedIn("Olivia");
            WebClient.Answer differ = olivia.postForm("/people", Map.of("name", "Nina", "role", "reviewer",
                    "password", "nina's password", "confirm", "nina's passw0rd"));
            assertEquals(400, differ.status());
            assertTrue(differ.body().contains("the two passwords differ"));
            WebClient.Answer add = olivia.postForm("/people", Map.of("name", "Nina", "role", "reviewer",
                    "password", "nina's password", "confirm", "nina's password"));
            assertEquals(303, add.status(), add.body());
            assertTrue(olivia.get("/people").body().contains("Added Nina as reviewer."), "a notice, once");
            assertFalse(olivia.get("/people").body().contains("Added Nina"), "only once");
            long nina = site.people.findByName("Nina").orElseThrow().id();
            assertEquals(303, olivia.postForm("/people/" + nina + "/role", Map.of("role", "viewer")).status());
            assertEquals(Role.VIEWER, site.people.find(nina).orElseThrow().role());
            WebClient.Answer token = olivia.postForm("/people/" + nina + "/tokens", Map.of("label", "script"));
            assertEquals(201, token.status());
            assertTrue(token.body().matches("(?s).*value=\"evs_[A-Za-z0-9_-]{43}\".*"), "the secret, shown once");
            assertEquals(303, olivia.postForm("/people/" + nina + "/remove", Map.of()).status());
            assertTrue(site.people.findByName("Nina").isEmpty());
            assertTrue(site.review.audit().entries(AuditLog.Query.all()).stream().anyMatch(e -> e.action().equals("remove-member")
                    && e.actor().equals("Olivia")), "the change is in the audit log with its person");
        }
    }
}
