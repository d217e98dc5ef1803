package org.healthengineering.portal.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;

/** Headless Chromium for the browser tests, with what a PrimeFaces page needs to be driven reliably. */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Starts Chromium, or skips the test loudly when it is not installed (fails instead when
     * PORTAL_REQUIRE_BROWSER=true, as in CI).
     */
    static Browser start() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        String message = "Chromium is not installed: sudo apt-get install -y chromium chromium-driver";
        if (!present && "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            Assertions.fail(message);
        }
        Assumptions.assumeTrue(present, message);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
        settle();
    }

    WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    void type(String id, String text) {
        WebElement field = find(byId(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(byId(id)))).click();
        settle();
    }

    /** Chooses an option of a PrimeFaces select menu by its label, as a user would: open, then click. */
    void choose(String id, String label) {
        click(id);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(byId(id + "_panel") + " li[data-label='" + label + "']"))).click();
        settle();
    }

    /** The text of the message shown next to a field, waiting for it to appear. */
    String messageFor(String fieldId) {
        return find(byId(fieldId + "-message")).getText();
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    void waitForText(String cssSelector, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    void waitForInvisible(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(byId(id))));
    }

    /** Waits until the page has loaded and no jQuery or PrimeFaces ajax request is running. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    static String byId(String id) {
        return "[id='" + id + "']";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
