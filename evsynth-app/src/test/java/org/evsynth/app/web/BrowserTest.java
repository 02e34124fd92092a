package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium (Debian's chromium and its chromedriver; nothing is downloaded): sign
 * in, see the dashboard and its PRISMA diagram, open the shortcut help with "?", go to People with "g p", add a
 * person, sign out; at 1280×800 and at a tablet's 768×1024. Screenshots go to target/screenshots.
 */
class BrowserTest {

    private static final Path SHOTS = HeadlessChromium.SHOTS;

    @TempDir
    Path tmp;

    private TestSite site;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        site = TestSite.start(TestSite.SQLITE, tmp);
        PagesTest.fill(site, tmp);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
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
    void theOwnerSignsInSeesTheDashboardAddsAPersonAndSignsOut() throws Exception {
        browser.get(site.uri("/").toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        shot("login");
        browser.findElement(By.id("name")).sendKeys("Olivia");
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Dashboard"));
        WebElement diagram = browser.findElement(By.cssSelector("img.prisma"));
        wait.until(d -> (Boolean) script("return arguments[0].complete && arguments[0].naturalWidth > 0", diagram));
        assertTrue(browser.findElement(By.cssSelector("[data-stage=title-abstract] .progress-text")).getText()
                .startsWith("2 of 6 decided"));
        shot("dashboard");

        new Actions(browser).sendKeys("?").perform();
        WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcut-help")));
        assertTrue(help.getText().contains("Dashboard") && help.getText().contains("People"), help.getText());
        shot("shortcut-help");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(help));

        new Actions(browser).sendKeys("g").sendKeys("p").perform();
        wait.until(ExpectedConditions.titleContains("People"));
        browser.findElement(By.id("new-name")).sendKeys("Nina <Reviewer>");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("new-role"))).selectByValue("reviewer");
        browser.findElement(By.id("new-password")).sendKeys("nina's password");
        browser.findElement(By.id("new-confirm")).sendKeys("nina's password");
        browser.findElement(By.cssSelector("form.add-member button[type=submit]")).click();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertEquals("Added Nina <Reviewer> as reviewer.", notice.getText());
        assertTrue(site.people.findByName("Nina <Reviewer>").isPresent());
        shot("people");

        browser.manage().window().setSize(new Dimension(768, 1024));
        browser.get(site.uri("/").toString());
        wait.until(ExpectedConditions.titleContains("Dashboard"));
        shot("dashboard-tablet");
        browser.manage().window().setSize(new Dimension(1280, 800));

        browser.findElement(By.cssSelector(".who button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("signed out"));
        browser.get(site.uri("/people").toString());
        wait.until(ExpectedConditions.urlContains("/login?next="));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
        browser.get(site.uri("/no-such-page").toString()); // a page without a field that takes the focus at once
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertEquals("Skip to main content", first.getText());
        first.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
