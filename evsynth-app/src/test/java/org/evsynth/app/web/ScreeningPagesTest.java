package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evsynth.review.Actor;
import org.evsynth.review.AuditLog;
import org.evsynth.review.Decision;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The screening pages against the running server, on SQLite and PostgreSQL: title-and-abstract screening one record
 * at a time, the search, the conflicts, the audit log, the deduplication queue and the dashboard's additions.
 */
class ScreeningPagesTest {

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReviewerScreensOneRecordAtATimeWithSkipUndoNotesAndLabels(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.withCriteria(site);
            Fixture.load(site, "trials.ris", Fixture.trials(4));
            WebClient rex = site.signedIn("Rex");
            String first = rex.get("/screening").body();
            assertTrue(first.contains("data-record=\"1\""), first);
            assertTrue(first.contains("<mark class=\"term-include\">microaxial</mark> "
                    + "<mark class=\"term-include\">flow</mark> <mark class=\"term-include\">pump</mark>"), first);
            assertTrue(first.contains("<mark class=\"term-exclude\">paediatric</mark>"), "exclusion words marked");
            assertTrue(first.contains("<strong>0</strong> decided · <strong>4</strong> to go (0%)"), first);

            WebClient.Answer decided = rex.postForm("/screening/decisions", Map.of("record", "1", "decision",
                    "include", "note", "looks right"));
            assertEquals(303, decided.status(), decided.body());
            assertEquals("/screening?last=1", decided.header("Location"));
            String second = rex.get("/screening?last=1").body();
            assertTrue(second.contains("data-record=\"2\""), "the next record");
            assertTrue(second.contains("name=\"record\" value=\"1\"") && second.contains("Undo"), "undo record 1");
            assertTrue(second.contains("<strong>1</strong> decided · <strong>3</strong> to go (25%)"), second);

            assertTrue(rex.get("/screening?after=2&last=1").body().contains("data-record=\"3\""), "skipped 2");
            assertEquals(303, rex.postForm("/screening/decisions", Map.of("record", "3", "decision", "exclude",
                    "after", "2")).status());
            assertTrue(rex.get("/screening?after=2").body().contains("data-record=\"4\""), "still past record 2");
            assertTrue(rex.get("/screening?after=4").body().contains("data-record=\"2\""), "round again to 2");

            WebClient.Answer undo = rex.postForm("/screening/undo", Map.of("record", "1"));
            assertEquals("/screening?record=1", undo.header("Location"));
            String again = rex.get("/screening?record=1").body();
            assertTrue(again.contains("Your decision on record 1 was taken back."), again);
            assertFalse(again.contains("your decision: <strong"), "no decision now");
            assertTrue(site.review.screening().decisionsVisibleTo(Actor.named("Rex"), Stage.TITLE_ABSTRACT).stream()
                    .noneMatch(d -> d.recordId() == 1), "withdrawn in the review");

            assertEquals(303, rex.postForm("/screening/labels", Map.of("record", "4", "label", "ask Rita",
                    "change", "on")).status());
            String labelled = rex.get("/screening?record=4").body();
            assertTrue(labelled.contains("href=\"/screening/search?label=ask+Rita\" class=\"chip\">ask Rita</a>"),
                    labelled);
            assertEquals(List.of("ask Rita"), site.review.labels().of(Actor.named("Rex"), 4));
            WebClient.Answer blank = rex.postForm("/screening/labels", Map.of("record", "4", "label", " "));
            assertEquals(400, blank.status());
            assertTrue(blank.body().contains("field &#39;label&#39;") || blank.body().contains("field 'label'"),
                    blank.body());
            assertEquals(303, rex.postForm("/screening/labels", Map.of("record", "4", "label", "ask Rita",
                    "change", "off")).status());
            assertEquals(List.of(), site.review.labels().of(Actor.named("Rex"), 4));
        }
    }

    @Test
    void aRefusedDecisionShowsTheRecordAgainWithTheReason() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(2));
            Fixture.decide(site, "Olivia", 1, Decision.INCLUDE, null);
            Fixture.decide(site, "Rita", 1, Decision.INCLUDE, null);
            WebClient rex = site.signedIn("Rex");
            WebClient.Answer late = rex.postForm("/screening/decisions", Map.of("record", "1", "decision",
                    "exclude"));
            assertEquals(409, late.status());
            assertTrue(late.body().contains("already settled at title-abstract (by Olivia and Rita)"), late.body());
            assertFalse(late.body().contains("included"), "nor how: that would be their votes, which Rex has not "
                    + "seen (blinding)");
            assertTrue(late.body().contains("data-record=\"1\""), "the record is shown again");
            assertEquals(400, rex.postForm("/screening/decisions", Map.of("record", "2", "decision", "perhaps"))
                    .status());
            assertEquals(400, rex.postForm("/screening/decisions", Map.of("record", "2")).status(),
                    "Enter in the note field sends no decision");
            WebClient.Answer none = rex.postForm("/screening/decisions", Map.of("record", "99", "decision",
                    "include"));
            assertEquals(404, none.status());
            assertFalse(none.body().contains(site.dir.toString()), "the review's file is not named to the browser");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theSearchFiltersByWordsDecisionAndLabel(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(12));
            Fixture.decide(site, "Rex", 11, Decision.MAYBE, null);
            Fixture.decide(site, "Rita", 12, Decision.EXCLUDE, null);
            site.review.labels().change(Actor.named("Rex"), new org.evsynth.review.Labels.Change(12, "dose", true));
            WebClient rex = site.signedIn("Rex");
            String trial1 = rex.get("/screening/search?q=%22trial+1%22").body();
            assertEquals(List.of("1", "10", "11", "12"), foundIds(trial1));
            assertTrue(trial1.contains("<strong>maybe</strong>"), "rex's own decision on record 11");
            assertFalse(trial1.contains("<strong>exclude</strong>"), "not rita's on record 12");
            assertEquals(List.of("11"), foundIds(rex.get("/screening/search?mine=maybe").body()));
            assertEquals(List.of("12"), foundIds(rex.get("/screening/search?label=dose").body()));
            assertEquals(11, foundIds(rex.get("/screening/search?mine=undecided&q=randomised").body()).size());
            assertEquals(List.of(), foundIds(site.signedIn("Rita").get("/screening/search?label=dose").body()),
                    "labels are their reviewer's own");
            assertEquals(400, rex.get("/screening/search?mine=sometimes").status());
        }
    }

    /** The record ids of a search's result table, in order. */
    static List<String> foundIds(String page) {
        return java.util.regex.Pattern.compile("<a href=\"/screening\\?record=(\\d+)\">").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void conflictsAreListedWithBothVotesAndSettledOneByOneOrSeveralAtOnce(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(5));
            for (long id = 1; id <= 4; id++) {
                Fixture.decide(site, "Rex", id, Decision.INCLUDE, "rex on " + id);
                Fixture.decide(site, "Rita", id, Decision.EXCLUDE, "rita on " + id);
            }
            WebClient olivia = site.signedIn("Olivia");
            String page = olivia.get("/conflicts").body();
            assertTrue(page.contains("4 conflicts"), page);
            assertTrue(page.contains("<strong>Rex</strong>: <span class=\"decision-include\">include</span> "
                    + "<span class=\"note\">“rex on 2”</span>"), page);
            assertTrue(page.contains("<strong>Rita</strong>: <span class=\"decision-exclude\">exclude</span>"), page);
            WebClient.Answer one = olivia.postForm("/conflicts/resolve", Map.of("stage", "title-abstract",
                    "record", "1", "decision", "include"));
            assertEquals(303, one.status(), one.body());
            assertTrue(olivia.get("/conflicts").body().contains("Settled 1 conflict: include."));
            WebClient.Answer many = olivia.send(olivia.request("/conflicts/resolve")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + olivia.csrf
                            + "&stage=title-abstract&record=2&record=3&decision=exclude&note=agreed+at+the+meeting")));
            assertEquals(303, many.status(), many.body());
            assertEquals(1, site.review.conflicts().list(Stage.TITLE_ABSTRACT).size());
            String settled = many.header("Location");
            assertTrue(settled.matches("/conflicts\\?stage=title-abstract&settled=\\d+&settled=\\d+"), settled);
            String offered = olivia.get(settled).body();
            assertTrue(offered.contains("Undo this settlement"), offered);
            String undo = "_csrf=" + olivia.csrf + "&stage=title-abstract&" + settled.substring(settled.indexOf(
                    "&settled=") + 1).replace("settled=", "resolution=");
            assertEquals(403, site.signedIn("Rex").postForm("/conflicts/undo", Map.of("stage", "title-abstract",
                    "resolution", "1")).status(), "a reviewer may not take a settlement back");
            WebClient.Answer undone = olivia.send(olivia.request("/conflicts/undo")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(undo)));
            assertEquals(303, undone.status(), undo + ": " + undone.body());
            assertTrue(olivia.get("/conflicts").body().contains("Taken back: records 2, 3 in conflict again."));
            assertEquals(3, site.review.conflicts().list(Stage.TITLE_ABSTRACT).size(), "2 and 3 wait again");
            assertEquals(404, olivia.send(olivia.request("/conflicts/undo")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(undo))).status(), "taken back already");
            olivia.send(olivia.request("/conflicts/resolve").header("Content-Type",
                    "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    "_csrf=" + olivia.csrf + "&stage=title-abstract&record=2&record=3&decision=exclude")));
            assertEquals(1, site.review.conflicts().list(Stage.TITLE_ABSTRACT).size());
            WebClient.Answer again = olivia.send(olivia.request("/conflicts/resolve")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + olivia.csrf
                            + "&stage=title-abstract&record=4&record=5&decision=include")));
            assertEquals(409, again.status(), "record 5 is in no conflict");
            assertTrue(again.body().contains("nothing was settled"), again.body());
            assertEquals(1, site.review.conflicts().list(Stage.TITLE_ABSTRACT).size(), "all or none: 4 waits");
            assertEquals(400, olivia.postForm("/conflicts/resolve", Map.of("stage", "title-abstract", "record", "4",
                    "decision", "maybe")).status());
            assertEquals(403, site.signedIn("Rex").get("/conflicts").status(), "a reviewer may not");
        }
    }

    @Test
    void theAuditLogIsFilteredByPersonStageAndDateAndPagedNewestFirst() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(3));
            Fixture.decide(site, "Rex", 1, Decision.INCLUDE, "first note");
            Fixture.decide(site, "Rita", 2, Decision.EXCLUDE, null);
            WebClient olivia = site.signedIn("Olivia");
            String all = olivia.get("/audit").body();
            assertTrue(all.indexOf("<td>Rita</td>") < all.indexOf("<td>Rex</td>"), "newest first");
            assertTrue(all.contains("first note"));
            String rex = olivia.get("/audit?person=Rex&stage=title-abstract").body();
            assertTrue(rex.contains("<td>Rex</td>") && !rex.contains("<td>Rita</td>") && !rex.contains("<td>Olivia"
                    + "</td>"), rex);
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            assertTrue(olivia.get("/audit?from=" + today + "&to=" + today).body().contains("<td>Rex</td>"));
            assertFalse(olivia.get("/audit?to=2000-01-01").body().contains("<td>Rex</td>"));
            WebClient.Answer bad = olivia.get("/audit?from=yesterday");
            assertEquals(400, bad.status());
            assertTrue(bad.body().contains("from"), bad.body());
            assertEquals(403, site.signedIn("Rex").get("/audit").status(), "it shows every vote: the owner's only");
            long entries = site.review.audit().entries(AuditLog.Query.all()).size();
            assertTrue(entries < 100, "one page");
            assertFalse(all.contains("Older entries"));
        }
    }

    @Test
    void theDedupQueueShowsEachPairSideBySideAndTakesSameDifferentLaterAndUndo() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "medline.ris", List.of(
                    new Fixture.Ref("Microaxial flow pump in cardiogenic shock", "Moller, JE", "An abstract.", 2024,
                            null),
                    new Fixture.Ref("Extracorporeal life support in infarct-related shock", "Thiele, H", null, 2023,
                            null)));
            site.review.searches().importFile(Actor.named("Olivia"), new org.evsynth.review.Searches.Import(
                    "embase.ris", Fixture.ris(List.of(new Fixture.Ref("Microaxial flow-pump in cardiogenic shock.",
                            "Møller, J", null, 2024, null), new Fixture.Ref("Extracorporeal life support in "
                            + "infarct related shock", "Thiele, Holger", null, 2022, null))), "Embase",
                    org.evsynth.review.SourceKind.DATABASE, null, null));
            WebClient olivia = site.signedIn("Olivia");
            assertEquals(303, olivia.postForm("/dedup/run", Map.of()).status());
            String page = olivia.get("/dedup").body();
            assertTrue(page.contains("Deduplication:"), "the run's notice");
            int pairs = site.review.deduplication().queue().size();
            if (pairs == 0) {
                throw new AssertionError("expected pairs for a person: " + page);
            }
            assertTrue(page.contains("of " + pairs + " waiting"), page);
            assertTrue(page.contains("<span class=\"match agree\">agree</span>"), "fields marked: " + page);
            assertTrue(page.contains("data-shortcut=\"s\"") && page.contains("data-shortcut=\"d\"")
                    && page.contains("data-shortcut=\"l\""), "same, different and later on one key each");
            long pair = site.review.deduplication().queue().get(0).id();
            WebClient rex = site.signedIn("Rex");
            WebClient.Answer same = rex.postForm("/dedup/" + pair + "/resolve", Map.of("verdict", "same", "at", "0"));
            assertEquals(303, same.status(), same.body());
            String location = same.header("Location");
            assertTrue(location.matches("/dedup\\?last=\\d+&at=0"), location);
            assertEquals(pairs - 1, site.review.deduplication().queue().size());
            String after = rex.get(location).body();
            String undoPath = "/dedup/decisions/" + location.replaceAll(".*last=(\\d+).*", "$1") + "/undo";
            assertTrue(after.contains("action=\"" + undoPath + "\""), after);
            assertEquals(303, rex.postForm(undoPath, Map.of()).status());
            assertEquals(pairs, site.review.deduplication().queue().size(), "undone: the pair waits again");
            assertEquals(403, rex.postForm("/dedup/run", Map.of()).status(), "running it is the owner's");
            assertEquals(400, rex.postForm("/dedup/" + pair + "/resolve", Map.of("verdict", "maybe")).status());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theDashboardShowsAgreementWithItsCountsAndWhatEachPersonDoesNext(String backend) {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(10));
            Fixture.arbiter(site, "Rita");
            for (long id = 1; id <= 8; id++) {
                Fixture.decide(site, "Rex", id, id <= 5 ? Decision.INCLUDE : Decision.EXCLUDE, null);
                Fixture.decide(site, "Rita", id, id <= 4 || id == 8 ? Decision.INCLUDE : Decision.EXCLUDE, null);
            }
            String page = site.signedIn("Vera").get("/").body();
            // Rex: 5 include, 3 exclude; Rita: 5 include (1-4, 8), 3 exclude; agreed on 1-4 and 6-7: 6 of 8
            assertTrue(page.contains("<strong>Rex</strong> and <strong>Rita</strong>: 8 records both decided, 6 alike"),
                    page);
            assertTrue(page.contains("<strong class=\"percent\">75.0%</strong>"), page);
            // p_o = 0.75, p_e = (5/8)(5/8) + (3/8)(3/8) = 0.53125, kappa = (0.75 - 0.53125) / 0.46875 = 0.4667
            assertTrue(page.contains("<strong class=\"kappa\">κ = 0.47</strong>"), page);
            assertTrue(page.contains("<tr><th scope=\"row\">include</th><td class=\"number\">4</td>"
                    + "<td class=\"number\">"
                    + "1</td><td class=\"number\">0</td></tr>"), "Rex's includes by Rita's decisions: " + page);
            assertTrue(page.contains("<li data-member=\"Rex\"><strong>Rex</strong> <span class=\"hint\">(reviewer)"
                    + "</span>:"), page);
            assertTrue(page.contains("<span class=\"step\">2 records to screen at title and abstract</span>"), page);
            assertTrue(page.contains("(reviewer, arbiter)"), page);
            assertTrue(page.contains("<span class=\"step\">2 conflicts to settle</span>"), page);
            assertFalse(page.contains("href=\"/screening\"") || page.contains("href=\"/conflicts\""),
                    "a viewer is offered no page they may not open: " + page);
            String rex = site.signedIn("Rex").get("/").body();
            assertTrue(rex.contains("<a href=\"/screening\">2 records to screen at title and abstract</a>"), rex);
            assertFalse(rex.contains("<a href=\"/conflicts\">"), "Rita's conflicts are not Rex's to settle");
        }
    }
}
