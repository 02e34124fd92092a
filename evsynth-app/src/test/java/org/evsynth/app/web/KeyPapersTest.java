package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evsynth.review.Actor;
import org.evsynth.review.AuditEntry;
import org.evsynth.review.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key papers against the running server: marked by a reviewer from the screening page, from the search and through
 * the API; shown on the record and in the search; audited under the reviewer's name; first in a co-reviewer's
 * queue; refused to a viewer; 404 for a record not at title and abstract.
 */
class KeyPapersTest {

    @TempDir
    Path tmp;

    private static TestSite prioritised(Path tmp, String mode) {
        TestSite site = TestSite.start(TestSite.SQLITE, tmp);
        Fixture.load(site, "trials.ris", ScreeningPriorityPagesTest.records(30, 5));
        ScreeningPriorityPagesTest.order(site, mode);
        return site;
    }

    private static List<AuditEntry> keyPaperEntries(TestSite site) {
        return site.review.audit().entries(AuditLog.Query.all()).stream().filter(e -> e.action().equals("key-paper"))
                .toList();
    }

    @Test
    void aReviewerMarksTheRecordOnTheScreeningPageAndItComesFirstForTheOther() {
        try (TestSite site = prioritised(tmp, "dual")) {
            WebClient rex = site.signedIn("Rex");
            String page = rex.get("/screening?record=17").body();
            assertTrue(page.contains("action=\"/screening/key-papers\""), page);
            assertFalse(page.contains("<strong class=\"key-paper\">key paper</strong>"), page);
            WebClient.Answer marked = rex.postForm("/screening/key-papers", Map.of("record", "17", "last", "3"));
            assertEquals(303, marked.status(), marked.body());
            assertEquals("/screening?record=17&last=3", marked.header("Location"));
            String after = rex.get(marked.header("Location")).body();
            assertTrue(after.contains("Record 17 · <strong class=\"key-paper\">key paper</strong>"), after);
            assertTrue(after.contains("Record 17 is marked as a key paper"), after);
            assertFalse(after.contains("action=\"/screening/key-papers\""), "no mark control on a key paper");
            assertTrue(after.contains("action=\"/screening/key-papers/unmark\""), "but one to take it back");
            List<AuditEntry> audit = keyPaperEntries(site);
            assertEquals(1, audit.size());
            assertEquals("Rex", audit.get(0).actor());
            assertEquals("17", audit.get(0).entityId());
            assertEquals(17L, site.review.screening().next(Actor.named("Rita"), org.evsynth.review.Stage
                    .TITLE_ABSTRACT).orElseThrow().id(), "first in Rita's queue");
            String rita = site.signedIn("Rita").get("/screening").body();
            assertTrue(rita.contains("data-record=\"17\"") && rita.contains("key paper"), rita);
        }
    }

    @Test
    void theSearchMarksAndShowsKeyPapersAndGoesBackToTheSameSearch() {
        try (TestSite site = prioritised(tmp, "single")) {
            WebClient rex = site.signedIn("Rex");
            String found = rex.get("/screening/search?q=statin").body();
            assertTrue(found.contains("aria-label=\"Mark record 6 as a key paper\""), found);
            WebClient.Answer marked = rex.postForm("/screening/key-papers", Map.of("record", "6", "from", "search",
                    "q", "statin \"trial\" & <b>", "mine", "any", "label", ""));
            assertEquals(303, marked.status(), marked.body());
            assertEquals("/screening/search?q=statin+%22trial%22+%26+%3Cb%3E&mine=any&label=",
                    marked.header("Location"));
            String again = rex.get("/screening/search?q=statin").body();
            assertFalse(again.contains("aria-label=\"Mark record 6 as a key paper\""), again);
            assertTrue(again.contains("aria-label=\"Mark record 11 as a key paper\""), again);
            assertTrue(again.contains("<strong class=\"key-paper\">key paper</strong>"), again);
            String escaped = rex.get("/screening/search?q=%22%3E%3Cscript%3E").body();
            assertTrue(escaped.contains("name=\"q\" type=\"search\" value=\"&#34;>&lt;script>\""), escaped);
            assertFalse(escaped.contains("\"><script>"), escaped);
        }
    }

    @Test
    void aMarkIsTakenBackOnThePageAndThroughTheApiWithItsAuditEntry() {
        try (TestSite site = prioritised(tmp, "single")) {
            WebClient rex = site.signedIn("Rex");
            assertEquals(303, rex.postForm("/screening/key-papers", Map.of("record", "12")).status());
            WebClient.Answer unmarked = rex.postForm("/screening/key-papers/unmark", Map.of("record", "12"));
            assertEquals(303, unmarked.status(), unmarked.body());
            assertEquals("/screening?record=12", unmarked.header("Location"));
            String after = rex.get(unmarked.header("Location")).body();
            assertTrue(after.contains("Record 12 is no longer a key paper."), after);
            assertFalse(after.contains("<strong class=\"key-paper\">key paper</strong>"), after);
            assertTrue(site.review.prioritised().keyPapers().isEmpty());
            List<AuditEntry> taken = site.review.audit().entries(AuditLog.Query.all()).stream()
                    .filter(e -> e.action().equals("unmark-key-paper")).toList();
            assertEquals(1, taken.size());
            assertEquals("Rex", taken.get(0).actor());
            assertTrue(taken.get(0).before().contains("\"marked_by\":\"Rex\""), taken.get(0).before());

            assertEquals(200, rex.postJson("/api/screening/key-papers", Map.of("record", 14)).status());
            WebClient.Answer api = rex.postJson("/api/screening/key-papers", Map.of("record", 14, "key_paper", false));
            assertEquals(200, api.status(), api.body());
            assertFalse(api.json().get("key_paper").asBoolean());
            assertTrue(site.review.prioritised().keyPapers().isEmpty());
            assertEquals(403, site.signedIn("Vera").postForm("/screening/key-papers/unmark", Map.of("record", "14"))
                    .status());
            assertEquals(404, rex.postForm("/screening/key-papers/unmark", Map.of("record", "999")).status());
        }
    }

    @Test
    void inImportOrderThePagesOfferNoKeyPaperControl() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", ScreeningPriorityPagesTest.records(10, 5));
            WebClient rex = site.signedIn("Rex");
            assertFalse(rex.get("/screening").body().contains("/screening/key-papers"));
            assertFalse(rex.get("/screening/search?q=statin").body().contains("/screening/key-papers"));
        }
    }

    @Test
    void theApiMarksOnceAnswersWhatItDidAndRefusesWhatItCannot() {
        try (TestSite site = prioritised(tmp, "single")) {
            WebClient rex = site.signedIn("Rex");
            WebClient.Answer marked = rex.postJson("/api/screening/key-papers", Map.of("record", 21));
            assertEquals(200, marked.status(), marked.body());
            assertEquals(21, marked.json().get("record").asInt());
            assertTrue(marked.json().get("key_paper").asBoolean());
            assertEquals(200, rex.postJson("/api/screening/key-papers", Map.of("record", 21)).status());
            assertEquals(1, keyPaperEntries(site).size(), "marking again changes nothing");
            WebClient.Answer unknown = rex.postJson("/api/screening/key-papers", Map.of("record", 999));
            assertEquals(404, unknown.status(), unknown.body());
            assertTrue(unknown.json().get("error").asText().contains("record 999 is not screened at title and "
                    + "abstract"), unknown.body());
            WebClient.Answer empty = rex.postJson("/api/screening/key-papers", Map.of());
            assertEquals(400, empty.status(), empty.body());
            assertTrue(empty.json().get("error").asText().contains("'record'"), empty.body());
            WebClient.Answer viewer = site.signedIn("Vera").postJson("/api/screening/key-papers", Map.of("record", 26));
            assertEquals(403, viewer.status(), viewer.body());
            assertEquals(403, site.signedIn("Vera").postForm("/screening/key-papers", Map.of("record", "26"))
                    .status());
            assertEquals(1, keyPaperEntries(site).size(), "the viewer marked nothing");
            assertEquals(404, rex.postForm("/screening/key-papers", Map.of("record", "999")).status());
        }
    }
}
