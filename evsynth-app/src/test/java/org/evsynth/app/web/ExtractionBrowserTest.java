package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.ExtractionComparison;
import org.evsynth.review.Protocol;
import org.evsynth.review.Screening;
import org.evsynth.review.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Full text to forest plot in a real headless Chromium (Debian's chromium and chromedriver; nothing downloaded),
 * under dual extraction: the owner attaches a PDF and decides at full text, groups the report into a study, sees
 * a bad number refused as she types, enters both arms; a second extractor's different count is shown as a
 * difference, which she settles; she judges the risk of bias and sees the forest plot. Screenshots of each page go
 * to target/screenshots (docs/web/ holds copies).
 */
class ExtractionBrowserTest {

    @TempDir
    Path tmp;

    private TestSite site;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start(tmp.resolve("profile")).browser;
        site = TestSite.start(TestSite.SQLITE, tmp);
        site.review.updateProtocol(WorkFixtures.OLIVIA, Protocol.skeleton(TestSite.TITLE).replace("mode: single ",
                "mode: dual "));
        WorkFixtures.soughtForRetrieval(site, tmp, List.of("Microaxial flow pump or standard care in infarct-related "
                + "cardiogenic shock (DanGer Shock)", "Active mechanical circulatory support: an individual patient "
                + "data meta-analysis of 9 randomised trials"));
        for (Actor who : List.of(WorkFixtures.REX, Actor.named("Olivia"))) {
            site.review.screening().decide(who, new Screening.Decide(2, Stage.FULL_TEXT, Decision.INCLUDE, null,
                    null));
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void fromFullTextToTheForestPlotWithADualDifferenceSettled() throws Exception {
        browser.get(site.uri("/full-text/1").toString());
        browser.findElement(By.id("name")).sendKeys("Olivia");
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));

        Path pdf = Files.write(tmp.resolve("Møller 2024 DanGer Shock.pdf"), WorkFixtures.pdf());
        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        WebElement file = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.files a")));
        assertEquals("Møller 2024 DanGer Shock.pdf", file.getText());
        browser.findElement(By.cssSelector("input[name=decision][value=include]")).click();
        browser.findElement(By.id("note")).sendKeys("Primary report; 180-day follow-up.");
        browser.findElement(By.cssSelector("form.decide button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        shot("full-text", null);
        site.review.screening().decide(WorkFixtures.REX, new Screening.Decide(1, Stage.FULL_TEXT, Decision.INCLUDE,
                null, null));

        browser.get(site.uri("/studies").toString());
        browser.findElement(By.id("label")).sendKeys("DanGer Shock (Møller 2024)");
        browser.findElement(By.cssSelector("input[name=report][value='1']")).click();
        browser.findElement(By.cssSelector("form.create-study button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("arm-form")));
        long study = site.review.studies().list().get(0).id();

        type("arm-outcome", ExtractionPagesTest.STROKE);
        browser.findElement(By.cssSelector("input[name=shape][value=dichotomous]")).click();
        type("arm-arm", "Microaxial flow pump");
        WebElement events = browser.findElement(By.id("arm-events"));
        type("arm-events", "7x");
        WebElement message = browser.findElement(By.id("arm-events-msg"));
        wait.until(d -> !message.getText().isEmpty());
        assertEquals("true", events.getAttribute("aria-invalid"), "refused as typed: " + message.getText());
        events.sendKeys(Keys.BACK_SPACE);
        wait.until(d -> message.getText().isEmpty());
        type("arm-total", "179");
        browser.findElement(By.cssSelector("#arm-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        enterArm("Standard care", "4", "176");

        WebClient rex = site.signedIn("Rex");
        ExtractionPagesTest.arm(rex, study, ExtractionPagesTest.STROKE, "Microaxial flow pump", "7", "179");
        ExtractionPagesTest.arm(rex, study, ExtractionPagesTest.STROKE, "Standard care", "14", "176");
        assertEquals(303, rex.postForm("/studies", Map.of("label", "IPD meta-analysis of 9 RCTs (Thiele 2024)",
                "report", "2")).status());
        long second = site.review.studies().list().get(1).id();
        for (WebClient who : List.of(rex, site.signedIn("Olivia"))) {
            ExtractionPagesTest.arm(who, second, ExtractionPagesTest.STROKE, "Microaxial flow pump", "19", "498");
            ExtractionPagesTest.arm(who, second, ExtractionPagesTest.STROKE, "Standard care", "13", "496");
        }

        browser.get(site.uri("/studies/" + study + "?tool=rob2#dual").toString()); // a new page, not a jump
        assertEquals(2, site.review.extraction().comparisons(study).size(), () -> site.review.extraction()
                .comparisons(study).toString());
        WebElement differs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("td.differs")));
        List<String> cells = browser.findElements(By.cssSelector("td.differs")).stream().map(e -> e.getText()
                .split("\\s")[0]).toList();
        assertEquals(List.of("4", "14"), cells, "Olivia's and Rex's events side by side, " + differs.getText());
        shot("extraction-dual", "dual");
        browser.findElement(By.xpath("//div[@data-key='Stroke/Standard care']//button[starts-with("
                + "normalize-space(.), \"Use Olivia's values\")]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertEquals(ExtractionComparison.State.SETTLED, site.review.extraction().comparisons(study).stream()
                .filter(c -> "Standard care".equals(c.arm())).findFirst().orElseThrow().state());

        Map<String, String> judged = new LinkedHashMap<>();
        List.of("D1", "D3", "D4", "D5").forEach(d -> judged.put(d, "low"));
        judged.put("D2", "some concerns");
        judged.put("Overall", "some concerns");
        for (long s : List.of(second, study)) {
            browser.get(site.uri("/studies/" + s + "#risk-of-bias").toString());
            for (Map.Entry<String, String> j : judged.entrySet()) {
                new Select(browser.findElement(By.id("judgement-" + j.getKey()))).selectByValue(j.getValue());
            }
            browser.findElement(By.id("support-D2")).sendKeys("Quote: \"open-label\"; the outcome assessors knew "
                    + "the allocation.");
            browser.findElement(By.cssSelector("form.rob-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.judgements")));
        }
        shot("risk-of-bias", "risk-of-bias");

        browser.get(site.uri("/analysis").toString());
        WebElement forest = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img[src*=forest-0]")));
        wait.until(d -> (Boolean) script("return arguments[0].complete && arguments[0].naturalWidth > 0", forest));
        String headline = browser.findElement(By.cssSelector("p.headline")).getText();
        assertTrue(headline.startsWith("Risk ratio ") && headline.endsWith("2 studies"), headline);
        shot("analysis", null);
    }

    private void enterArm(String arm, String events, String total) {
        type("arm-outcome", ExtractionPagesTest.STROKE);
        browser.findElement(By.cssSelector("input[name=shape][value=dichotomous]")).click();
        type("arm-arm", arm);
        type("arm-events", events);
        type("arm-total", total);
        browser.findElement(By.cssSelector("#arm-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    }

    /** Types into the field of the id what a person would, after clearing what the form kept. */
    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private void shot(String name, String fromId) throws Exception {
        Chromium.pageShot(browser, name, fromId);
    }
}
