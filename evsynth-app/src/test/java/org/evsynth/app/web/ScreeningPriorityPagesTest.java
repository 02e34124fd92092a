package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening page in priority order against the running server: why each record comes now, blinded in dual
 * screening, and the owner's stopping-rule panel with its stop, refused until the rule says stop.
 */
class ScreeningPriorityPagesTest {

    private static final Pattern WHY = Pattern.compile("<p class=\"priority\" data-priority>(.*?)</p>");

    @TempDir
    Path tmp;

    /** Records 1..n; every {@code every}-th one (1, 1 + every, ...) is about statins after infarction, relevant. */
    static List<Fixture.Ref> records(int n, int every) {
        List<Fixture.Ref> refs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String title = relevant(i, every) ? "Statin therapy after myocardial infarction: randomised trial " + i
                    : "Hip fracture rehabilitation in older adults, cohort " + i + " of " + (i * 7919 % 1000);
            refs.add(new Fixture.Ref(title, "Author" + i + ", A", null, 1990 + i % 30, "10.9/p" + i));
        }
        return refs;
    }

    private static boolean relevant(long id, int every) {
        return id % every == 1;
    }

    static void order(TestSite site, String mode) {
        String yaml = site.review.protocol().yaml();
        site.review.updateProtocol(Actor.named("Olivia"), yaml.replace("order: import", "order: priority\n  seed: 5")
                .replace("mode: dual", "mode: " + mode));
    }

    private static void decide(TestSite site, String who, long id, int every) {
        Fixture.decide(site, who, id, relevant(id, every) ? Decision.INCLUDE : Decision.EXCLUDE, null);
    }

    /** The page's "why now" line, or null when it has none. */
    private static String why(String page) {
        Matcher m = WHY.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void thePageSaysWhyTheRecordComesNowInPriorityOrderOnly() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", records(30, 5));
            WebClient rex = site.signedIn("Rex");
            String imported = rex.get("/screening").body();
            assertTrue(imported.contains("data-record=\"1\""), imported);
            assertEquals(null, why(imported), "import order: no explanation");
            assertFalse(imported.contains("Stopping rule"), imported);

            order(site, "single");
            String first = rex.get("/screening").body();
            assertEquals("<span class=\"label-text\">Why now:</span> Random order until there is an include and an "
                    + "exclude", why(first));
            for (long id = 1; id <= 3; id++) {
                decide(site, "Rex", id, 5);
            }
            String ranked = why(rex.get("/screening").body());
            assertTrue(ranked != null && ranked.matches(".*Ranked by model v\\d+ on 2 decisions: score -?\\d+\\.\\d\\d"
                    + "( \\(probability \\d\\.\\d\\d\\))?; words: .+"), ranked);
            assertTrue(ranked.contains("statin"), "the relevant words weigh most: " + ranked);
            assertFalse(rex.get("/screening").body().contains("Stopping rule"), "the panel is the owner's");
            String owner = site.signedIn("Olivia").get("/screening").body();
            assertTrue(owner.contains("<h2 id=\"stopping-title\">Stopping rule</h2>"), owner);
            assertTrue(owner.contains("95% recall with 95% confidence"), owner);
            assertTrue(owner.contains("does not say stop yet"), owner);
            assertFalse(owner.contains("action=\"/screening/stop\""), "no stop button before the rule says stop");
        }
    }

    @Test
    void inDualScreeningTheExplanationIgnoresTheOtherReviewersDecisions() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", records(30, 5));
            order(site, "dual");
            for (long id = 1; id <= 3; id++) {
                decide(site, "Rita", id, 5);
            }
            WebClient rita = site.signedIn("Rita");
            String before = why(rita.get("/screening?record=11").body());
            assertTrue(before.contains("on 2 decisions"), before);
            // Rex decides records Rita has not, some the wrong way round, to pull a leaky model around
            Fixture.decide(site, "Rex", 10, Decision.EXCLUDE, null);
            for (long id : List.of(4L, 5L, 8L, 9L, 12L, 11L)) {
                Fixture.decide(site, "Rex", id, Decision.INCLUDE, null);
            }
            assertEquals(before, why(rita.get("/screening?record=11").body()));
        }
    }

    @Test
    void stoppingIsTheOwnersAndRefusedWithTheRulesReasonUntilItSaysStop() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", records(30, 5));
            WebClient olivia = site.signedIn("Olivia");
            WebClient.Answer imported = olivia.postForm("/screening/stop", Map.of());
            assertEquals(409, imported.status(), imported.body());
            assertTrue(imported.body().contains("screening.order is import"), imported.body());

            order(site, "single");
            decide(site, "Olivia", 1, 5);
            decide(site, "Olivia", 2, 5);
            assertEquals(403, site.signedIn("Rex").postForm("/screening/stop", Map.of()).status());
            WebClient.Answer early = olivia.postForm("/screening/stop", Map.of());
            assertEquals(409, early.status(), early.body());
            assertTrue(early.body().contains("the stopping rule does not say stop: p = "), early.body());
            assertTrue(early.body().contains("2 of 30 records screened"), early.body());
            assertEquals(0, site.review.screeningStops().automationExcluded(), "nothing was marked");
        }
    }

    @Test
    void onceTheRuleSaysStopTheOwnerStopsAndTheRestAreMarkedIneligibleByAutomation() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", records(160, 20));
            order(site, "single");
            Actor olivia = Actor.named("Olivia");
            int screened = 0;
            while (!site.review.prioritised().stoppingState(olivia).stop()) {
                long next = site.review.screening().next(olivia, Stage.TITLE_ABSTRACT).orElseThrow().id();
                decide(site, "Olivia", next, 20);
                screened++;
            }
            assertTrue(screened < 160, "the rule said stop before the end: " + screened);
            WebClient owner = site.signedIn("Olivia");
            String page = owner.get("/screening").body();
            assertTrue(page.contains("<strong class=\"says-stop\">says stop</strong>"), page);
            assertTrue(page.contains("action=\"/screening/stop\""), page);
            assertTrue(page.contains(screened + " of 160 records screened, 8 relevant found; random sample since"),
                    page);
            WebClient.Answer stop = owner.postForm("/screening/stop", Map.of());
            assertEquals(303, stop.status(), stop.body());
            assertEquals("/screening", stop.header("Location"));
            assertEquals(160 - screened, site.review.screeningStops().automationExcluded());
            String after = owner.get("/screening").body();
            assertTrue(after.contains("Screening stopped by the stopping rule after " + screened + " records screened: "
                    + (160 - screened) + " records marked ineligible by automation."), after);
            assertTrue(after.contains("Nothing left for you to screen"), after);
        }
    }
}
