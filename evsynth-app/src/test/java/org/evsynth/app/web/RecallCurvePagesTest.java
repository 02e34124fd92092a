package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * The dashboard's recall curve against the running server: drawn in priority order only, from the first include;
 * the stop by the rule marked; in dual screening a reviewer's lone votes change nothing on it for anyone.
 */
class RecallCurvePagesTest {

    private static final Pattern SUMMARY = Pattern.compile("<section aria-labelledby=\"recall-title\".*?"
            + "<p class=\"progress-text\">(.*?)</p>", Pattern.DOTALL);

    @TempDir
    Path tmp;

    private static String summary(WebClient c) {
        Matcher m = SUMMARY.matcher(c.get("/").body());
        return m.find() ? m.group(1) : null;
    }

    private static void decide(TestSite site, String who, long id) {
        Fixture.decide(site, who, id, id % 5 == 1 ? Decision.INCLUDE : Decision.EXCLUDE, null);
    }

    @Test
    void theCurveIsDrawnInPriorityOrderFromTheFirstInclude() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", ScreeningPriorityPagesTest.records(30, 5));
            WebClient vera = site.signedIn("Vera");
            assertEquals(null, summary(vera), "import order: no curve");
            assertEquals(404, vera.get("/screening-curve.svg").status());
            ScreeningPriorityPagesTest.order(site, "single");
            decide(site, "Rex", 2);
            assertEquals("<strong>0</strong> includes found in <strong>1</strong> of 30 records screened",
                    summary(vera));
            assertTrue(vera.get("/").body().contains("The curve is drawn from the first include found."));
            assertEquals(404, vera.get("/screening-curve.svg").status());
            decide(site, "Rex", 1);
            decide(site, "Rex", 3);
            Fixture.decide(site, "Rex", 6, Decision.MAYBE, null);
            site.review.prioritised().markKeyPaper(Actor.named("Rex"), 11);
            String page = vera.get("/").body();
            assertEquals("<strong>2</strong> includes found in <strong>4</strong> of 30 records screened; 1 key "
                    + "paper marked", summary(vera));
            assertTrue(page.contains("<img src=\"/screening-curve.svg\" class=\"recall-curve\""), page);
            assertTrue(page.contains("against the 4 of 30 records screened at title and abstract, in the order "
                    + "screened."), page);
            WebClient.Answer svg = vera.get("/screening-curve.svg");
            assertEquals(200, svg.status());
            assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"), svg.header("Content-Type"));
            assertTrue(svg.body().contains("class=\"recall-curve\"") && svg.body().contains("class=\"random-line\""),
                    svg.body());
            assertFalse(svg.body().contains("stop-point"), "no stop yet");
        }
    }

    @Test
    void theStopByTheRuleIsOnTheCurve() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", ScreeningPriorityPagesTest.records(160, 20));
            ScreeningPriorityPagesTest.order(site, "single");
            Actor olivia = Actor.named("Olivia");
            int screened = 0;
            while (!site.review.prioritised().stoppingState(olivia).stop()) {
                long next = site.review.screening().next(olivia, Stage.TITLE_ABSTRACT).orElseThrow().id();
                Fixture.decide(site, "Olivia", next, next % 20 == 1 ? Decision.INCLUDE : Decision.EXCLUDE, null);
                screened++;
            }
            WebClient owner = site.signedIn("Olivia");
            assertEquals(303, owner.postForm("/screening/stop", Map.of()).status());
            String page = owner.get("/").body();
            assertTrue(page.contains("Screening stopped by the stopping rule after " + screened + " records (the "
                    + "circle)."), page);
            assertEquals("<strong>8</strong> includes found in <strong>" + screened + "</strong> of 160 records "
                    + "screened", summary(owner));
            assertTrue(owner.get("/screening-curve.svg").body().contains("class=\"stop-point\""));
        }
    }

    @Test
    void inDualScreeningOneReviewersVotesShowOnTheCurveOnlyOnceTheOutcomeIsFinal() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            Fixture.load(site, "trials.ris", ScreeningPriorityPagesTest.records(30, 5));
            ScreeningPriorityPagesTest.order(site, "dual");
            for (long id : List.of(1L, 2L, 3L)) {
                decide(site, "Rex", id);
                decide(site, "Rita", id);
            }
            WebClient rita = site.signedIn("Rita");
            WebClient vera = site.signedIn("Vera");
            String summary = summary(rita);
            String svg = rita.get("/screening-curve.svg").body();
            assertEquals("<strong>1</strong> includes found in <strong>3</strong> of 30 records screened", summary);
            for (long id : List.of(6L, 11L, 16L, 4L)) {
                Fixture.decide(site, "Rex", id, Decision.INCLUDE, null);
            }
            assertEquals(summary, summary(rita), "Rex's lone votes are not on Rita's dashboard");
            assertEquals(svg, rita.get("/screening-curve.svg").body(), "nor on the curve");
            assertEquals(summary, summary(vera), "nor on a viewer's");
            Fixture.decide(site, "Rita", 4, Decision.EXCLUDE, null);
            assertEquals(summary, summary(rita), "a conflict is not on it either");
            assertTrue(rita.get("/").body().contains("1 record in conflict is not on it until settled."));
            Fixture.decide(site, "Rita", 6, Decision.INCLUDE, null);
            assertEquals("<strong>2</strong> includes found in <strong>4</strong> of 30 records screened",
                    summary(rita), "agreed: final, on the curve");
        }
    }
}
