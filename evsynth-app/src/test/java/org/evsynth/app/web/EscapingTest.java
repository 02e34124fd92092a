package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record titled {@code <script>alert(1)</script>} by {@code "><img src=x onerror=alert(1)>}, imported from a
 * file and a source named with markup too, is shown as text on every page that shows it: the screening page (with
 * the protocol's words marked inside it), the search, the deduplication pair, the conflicts, the import page, the
 * audit log and the dashboard.
 */
class EscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    @TempDir
    Path tmp;

    @Test
    void markupFromRecordsFilesAndPeopleIsTextOnEveryPage() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            String yaml = site.review.protocol().yaml().replaceAll("(?ms)^question:.*?(?=^outcomes_of_interest:)",
                    "eligibility:\n  include: [script]\n  exclude: [onerror]\n");
            site.review.updateProtocol(Actor.named("Olivia"), yaml);
            byte[] ris = ("TY  - JOUR\nTI  - " + SCRIPT + "\nAU  - " + IMG + "\nPY  - 2020\nAB  - An abstract with "
                    + SCRIPT + " in it.\nER  - \n\nTY  - JOUR\nTI  - " + SCRIPT + "\nAU  - " + IMG + "\nPY  - 2021\n"
                    + "ER  - \n\n").getBytes(StandardCharsets.UTF_8);
            WebClient olivia = site.signedIn("Olivia");
            WebClient.Answer imported = olivia.postMultipart("/import", Map.of("source", "<b>MEDLINE</b>",
                    "strategy", "1 " + SCRIPT + ".ti.\n"),
                    List.of(new WebClient.Upload("files", SCRIPT + ".ris", ris)));
            assertEquals(200, imported.status(), imported.body());
            assertText(imported.body(), "the import's result");
            assertText(olivia.get("/import").body(), "the import page");

            WebClient rex = site.signedIn("Rex");
            String screening = rex.get("/screening").body();
            assertText(screening, "the screening page");
            assertTrue(screening.contains("&lt;<mark class=\"term-include\">script</mark>&gt;alert(1)&lt;/"
                    + "<mark class=\"term-include\">script</mark>&gt;"), "marked after escaping: " + screening);
            assertTrue(screening.contains("&lt;img src=x <mark class=\"term-exclude\">onerror</mark>=alert(1)&gt;")
                    || screening.contains("&lt;img src=x onerror=alert(1)&gt;"), screening);
            assertText(rex.get("/screening/search?q=alert").body(), "the search");

            Fixture.decide(site, "Rex", 1, Decision.INCLUDE, SCRIPT);
            Fixture.decide(site, "Rita", 1, Decision.EXCLUDE, IMG);
            assertText(olivia.get("/conflicts").body(), "the conflicts");
            assertText(olivia.get("/audit").body(), "the audit log");
            assertText(rex.get("/screening?record=1").body(), "the record with the visible notes");
            olivia.postForm("/dedup/run", Map.of());
            assertEquals(1, site.review.deduplication().queue().size(), "a pair for a person");
            assertText(olivia.get("/dedup").body(), "the deduplication queue");
            String dashboard = olivia.get("/").body();
            assertText(dashboard, "the dashboard");
            assertTrue(dashboard.contains("from &lt;b&gt;MEDLINE&lt;/b&gt;"), "the source as text in the counts");

            WebClient.Answer json = rex.get("/api/records/1");
            assertTrue(json.header("Content-Type").startsWith("application/json"), json.header("Content-Type"));
            assertEquals(SCRIPT, json.json().at("/record/title").asText(), "JSON carries the text as it is");
            assertEquals("nosniff", json.header("X-Content-Type-Options"));
        }
    }

    private static void assertText(String page, String where) {
        assertFalse(page.contains(SCRIPT), where + " has the script as markup:\n" + page);
        assertFalse(page.contains("<img src=x"), where + " has the image as markup:\n" + page);
        assertFalse(page.contains("<b>MEDLINE"), where + " has the source as markup");
        assertTrue(page.contains("alert(1)") || where.equals("the dashboard"), where + " shows the record at all:\n"
                + page);
    }
}
