package org.evsynth.app.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (nothing is downloaded), for the browser tests; the
 * tests are skipped with a message where it is not installed. Screenshots go to target/screenshots.
 */
final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    final WebDriver browser;
    final WebDriverWait wait;

    private Chromium(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Skips the test (an assumption) when Chromium or its driver is missing. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run does)");
    }

    /** A new headless browser at 1280×800 with a fresh profile in the folder. */
    static Chromium start(Path profile) throws Exception {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        Files.createDirectories(SHOTS);
        return new Chromium(new ChromeDriver(service, options));
    }

    /** Signs in on the sign-in page as the member (with the test password) and awaits the dashboard. */
    void signIn(TestSite site, String name) {
        browser.manage().deleteAllCookies();
        browser.get(site.uri("/login").toString());
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Dashboard"));
    }

    /** Keys pressed on the page itself, as a person does (nothing focused). */
    void keys(String... keys) {
        Actions a = new Actions(browser);
        for (String k : keys) {
            a.sendKeys(k);
        }
        a.perform();
    }

    /** The text of the first element the selector finds. */
    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** A screenshot of the window as it is (1280×800 unless resized). */
    void shot(String name) throws Exception {
        shot(browser, name);
    }

    /** A screenshot at 1280×800 with the element of the id scrolled to the top. */
    void shotFrom(String name, String id) throws Exception {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        shot(name);
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A screenshot of the page at 1280 wide, from the element of the id (or the top) down, up to 1,600 high. */
    static void pageShot(WebDriver browser, String name, String fromId) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String scroll = "document.getElementById(arguments[0]).scrollIntoView()";
        if (fromId != null) {
            js.executeScript(scroll, fromId);
        }
        long height = (Long) js.executeScript("return Math.min(1600, document.documentElement.scrollHeight - "
                + "window.scrollY)");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.max(800, height)));
        if (fromId != null) {
            js.executeScript(scroll, fromId);
        }
        shot(browser, name);
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
