package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.ScreeningDecision;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screening half of the team web app in headless Chromium, as a team uses it: the owner imports a real PubMed
 * export on the Import page; two reviewers screen with the keyboard only (include, exclude, a note, undo, a label,
 * skip); the conflict they make appears on the owner's dashboard and Conflicts page, and the owner settles it (and
 * takes that back with undo, and settles it again). The
 * screenshots (target/screenshots) are the ones in docs/web.
 */
class ScreeningBrowserTest {

    private static final String PROTOCOL = """
            question:
              population: degraded grasslands, wetlands and forests
              intervention: ecological restoration
              outcomes: [ecosystem services, biodiversity]
            eligibility:
              include: [field experiment]
              exclude: [urban, laboratory]
            """;

    @TempDir
    Path tmp;

    private TestSite site;
    private Chromium chromium;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        Chromium.assumeInstalled();
        site = TestSite.start(TestSite.SQLITE, tmp);
        site.review.updateProtocol(Actor.named("Olivia"), site.review.protocol().yaml()
                .replaceAll("(?ms)^question:.*?(?=^outcomes_of_interest:)", PROTOCOL));
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

    @Test
    void theOwnerImportsTwoReviewersScreenWithTheKeyboardAndTheOwnerSettlesTheirConflict() throws Exception {
        Fixture.assumeShared(Fixture.PUBMED);
        Fixture.assumeShared(Fixture.SCOPUS);
        signIn("Olivia");
        keys("g", "i");
        chromium.wait.until(ExpectedConditions.titleContains("Import"));
        browser.findElement(By.id("files")).sendKeys(Fixture.PUBMED.toAbsolutePath().normalize().toString());
        browser.findElement(By.id("source")).sendKeys("MEDLINE");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2019-01-28'",
                browser.findElement(By.id("searched")));
        browser.findElement(By.id("strategy")).sendKeys("1 restoration.ti,ab.\n2 (ecosystem* or wetland*).ti,ab."
                + "\n3 1 and 2\n");
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        WebElement added = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".result-added .notice")));
        assertEquals("Imported as search 1: 104 records added.", added.getText());
        chromium.shot("import");
        assertEquals(104, site.review.status().identifiedTotal());

        signIn("Rex");
        keys("g", "s");
        awaitRecord(1);
        assertTrue(browser.findElements(By.cssSelector("mark.term-include")).size() > 0, "the protocol's words");
        chromium.shot("screening");
        keys("i");
        awaitRecord(2);
        keys("n");
        assertEquals("note", browser.switchTo().activeElement().getAttribute("id"), "n goes to the note");
        new Actions(browser).sendKeys("grain to green, not a field experiment" + Keys.ESCAPE).perform();
        keys("e");
        awaitRecord(3);
        keys("m");
        awaitRecord(4);
        keys("u");
        awaitRecord(3);
        assertTrue(text(".notice").contains("Your decision on record 3 was taken back."));
        keys("l");
        new Actions(browser).sendKeys("check the design" + Keys.ENTER).perform();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".label-chips"),
                "check the design"));
        keys("s");
        awaitRecord(4);
        assertEquals(List.of("check the design"), site.review.labels().of(Actor.named("Rex"), 3));
        List<ScreeningDecision> rex = site.review.screening().decisionsVisibleTo(Actor.named("Rex"),
                Stage.TITLE_ABSTRACT);
        assertEquals(List.of(1L, 2L), rex.stream().map(ScreeningDecision::recordId).toList());
        assertEquals(Decision.INCLUDE, rex.get(0).decision());
        assertEquals("grain to green, not a field experiment", rex.get(1).note());

        browser.manage().window().setSize(new Dimension(768, 1024));
        browser.navigate().refresh();
        awaitRecord(4);
        chromium.shot("screening-tablet");
        browser.manage().window().setSize(new Dimension(1280, 800));

        signIn("Rita");
        keys("g", "s");
        awaitRecord(1);
        assertTrue(browser.findElements(By.cssSelector(".others")).isEmpty(), "no other vote before hers");
        keys("e");
        awaitRecord(2);
        keys("e");
        awaitRecord(3);
        browser.get(site.uri("/screening?record=1").toString());
        assertTrue(text(".others").contains("Rex: include"), "after her vote, Rex's: " + text(".others"));

        signIn("Olivia");
        WebElement conflicts = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".conflicts li[data-stage=title-abstract] strong")));
        assertEquals("1", conflicts.getText());
        assertTrue(text(".agreement").contains("Rex and Rita: 2 records both decided, 1 alike"), text(".agreement"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.cssSelector(".agreement")));
        chromium.shot("dashboard-agreement");
        keys("g", "c");
        chromium.wait.until(ExpectedConditions.titleContains("Conflicts"));
        assertTrue(text("tr[data-record='1']").contains("Rex: include"), text("tr[data-record='1']"));
        assertTrue(text("tr[data-record='1']").contains("Rita: exclude"));
        chromium.shot("conflicts");
        browser.findElement(By.cssSelector("tr[data-record='1'] .settle-one button[value=include]")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Settled 1 conflict: include."));
        assertTrue(site.review.conflicts().list(null).isEmpty());
        keys("u");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Taken back: record 1 in conflict again."));
        assertEquals(1, site.review.conflicts().list(null).size(), "undo opens the conflict again");
        browser.findElement(By.cssSelector("tr[data-record='1'] .settle-one button[value=include]")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Settled 1 conflict: include."));
        assertTrue(site.review.conflicts().list(null).isEmpty());
        assertEquals(1, site.review.status().sought(), "record 1 goes on to full text");

        site.review.searches().importFile(Actor.named("Olivia"), Searches.Import.of(Fixture.SCOPUS, "Scopus",
                SourceKind.DATABASE, null, null));
        keys("g", "u");
        chromium.wait.until(ExpectedConditions.titleContains("Duplicates"));
        browser.findElement(By.xpath("//button[contains(., 'Find duplicates')]")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Deduplication:"));
        if (!site.review.deduplication().queue().isEmpty()) {
            chromium.shot("dedup");
            int waiting = site.review.deduplication().queue().size();
            keys("d");
            chromium.wait.until(d -> site.review.deduplication().queue().size() == waiting - 1);
            keys("u");
            chromium.wait.until(d -> site.review.deduplication().queue().size() == waiting);
        }
        keys("g", "l");
        chromium.wait.until(ExpectedConditions.titleContains("Audit log"));
        browser.findElement(By.id("person")).sendKeys("Rex" + Keys.ENTER);
        chromium.wait.until(ExpectedConditions.urlContains("person=Rex"));
        chromium.shot("audit");
    }

    private void signIn(String name) {
        chromium.signIn(site, name);
    }

    private void keys(String... keys) {
        chromium.keys(keys);
    }

    private void awaitRecord(long id) {
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article[data-record='" + id
                + "']")));
    }

    private String text(String css) {
        return chromium.text(css);
    }
}
