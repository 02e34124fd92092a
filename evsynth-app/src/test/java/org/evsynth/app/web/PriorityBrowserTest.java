package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.ReviewRecord;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Prioritised screening in headless Chromium on a real PubMed export: a reviewer marks a key paper with the
 * keyboard, the owner stops by the rule when it says stop, the dashboard draws the recall curve; a viewer's
 * dashboard and full-text list offer nothing a viewer cannot do. The screenshots (target/screenshots) are the ones
 * in docs/web: screening-priority, screening-key-paper, dashboard-recall, dashboard-viewer, full-text-viewer.
 */
class PriorityBrowserTest {

    private static final Actor OLIVIA = Actor.named("Olivia");

    @TempDir
    Path tmp;

    private TestSite site;
    private Chromium chromium;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        Chromium.assumeInstalled();
        Fixture.assumeShared(Fixture.PUBMED);
        site = TestSite.start(TestSite.SQLITE, tmp);
        site.review.updateProtocol(OLIVIA, site.review.protocol().yaml().replace("order: import", "order: priority")
                .replace("mode: dual", "mode: single"));
        site.review.searches().importFile(OLIVIA, Searches.Import.of(Fixture.PUBMED, "MEDLINE", SourceKind.DATABASE,
                null, null));
        chromium = Chromium.start(tmp.resolve("profile"));
        browser = chromium.browser;
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    /** The made-up question: restoration's effect on ecosystem services, soils and wetlands. */
    private static boolean relevant(ReviewRecord r) {
        String title = r.record().title().toLowerCase(Locale.ROOT);
        return title.contains("ecosystem") || title.contains("soil") || title.contains("wetland");
    }

    /** The owner screens in priority order until the rule says stop or `most` records are screened. */
    private int ownerScreens(int most) {
        int screened = 0;
        while (screened < most && !site.review.prioritised().stoppingState(OLIVIA).stop()) {
            Optional<ReviewRecord> next = site.review.screening().next(OLIVIA, Stage.TITLE_ABSTRACT);
            if (next.isEmpty()) {
                break;
            }
            Fixture.decide(site, "Olivia", next.get().id(), relevant(next.get()) ? Decision.INCLUDE : Decision.EXCLUDE,
                    null);
            screened++;
        }
        return screened;
    }

    @Test
    void aKeyPaperIsMarkedTheOwnerStopsByTheRuleAndTheDashboardDrawsTheCurve() throws Exception {
        ownerScreens(20);
        chromium.signIn(site, "Rex");
        chromium.keys("g", "s");
        WebElement record = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "article[data-record]")));
        long id = Long.parseLong(record.getAttribute("data-record"));
        assertTrue(chromium.text(".priority").startsWith("Why now: Ranked by model"), chromium.text(".priority"));
        chromium.shot("screening-priority");
        chromium.keys("k");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".record-meta strong"
                + ".key-paper")));
        String notice = chromium.text(".notice");
        assertTrue(notice.contains("Record " + id + " is marked as a key paper"), notice);
        assertEquals(List.of(id), site.review.screeningCurve().read().keyPapers());
        assertEquals("Not a key paper", browser.findElement(By.cssSelector(
                "form[action='/screening/key-papers/unmark'] button")).getText(), "the mark can be taken back");
        chromium.shot("screening-key-paper");

        int screened = 20 + ownerScreens(104);
        chromium.signIn(site, "Olivia");
        browser.get(site.uri("/screening").toString());
        if (site.review.prioritised().stoppingState(OLIVIA).stop()) {
            browser.findElement(By.cssSelector("button.stop-screening")).click();
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "Screening stopped by the stopping rule"));
        }
        browser.get(site.uri("/").toString());
        WebElement curve = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "img.recall-curve")));
        chromium.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete && "
                + "arguments[0].naturalWidth > 0", curve));
        assertTrue(chromium.text("#recall-title + .progress-text").contains("of 104 records screened"),
                chromium.text("#recall-title + .progress-text") + " after " + screened);
        chromium.shotFrom("dashboard-recall", "recall-title");
    }

    @Test
    void aViewersDashboardAndFullTextListOfferNothingAViewerCannotDo() throws Exception {
        ownerScreens(30);
        chromium.signIn(site, "Vera");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.recall-curve")));
        assertOnlySignOut();
        assertTrue(browser.findElements(By.cssSelector(".next-steps a")).isEmpty(), "other people's steps as text");
        chromium.shot("dashboard-viewer");
        browser.get(site.uri("/full-text").toString());
        chromium.wait.until(ExpectedConditions.titleContains("Full text"));
        assertOnlySignOut();
        assertTrue(browser.findElements(By.cssSelector("a[href='/full-text/next']")).isEmpty(), "nothing to decide");
        assertTrue(browser.findElements(By.cssSelector("nav a[href='/screening'], nav a[href='/import']")).isEmpty());
        assertTrue(browser.findElements(By.xpath("//th[text()='Your decision']")).isEmpty(), "a viewer decides none");
        chromium.shot("full-text-viewer");
    }

    /** The page's only form that changes anything is signing out. */
    private void assertOnlySignOut() {
        List<String> actions = browser.findElements(By.cssSelector("form[method=post]")).stream()
                .map(f -> f.getAttribute("action").replaceFirst("^https?://[^/]+", "")).toList();
        assertEquals(List.of("/logout"), actions);
    }
}
