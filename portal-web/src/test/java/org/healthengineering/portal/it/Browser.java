package org.healthengineering.portal.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
        return start(false);
    }

    /** A phone of 390 × 844 CSS pixels (an iPhone 12 to 15), touch and all, as Chromium emulates it. */
    static Browser startPhone() {
        return start(true);
    }

    private static Browser start(boolean phone) {
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
        if (phone) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
        }
        // The console, so that a script or style the Content-Security-Policy blocked fails the test.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String url) {
        collectPolicyViolations();
        driver.get(url);
        settle();
        checkAccessibility();
    }

    /** WCAG 2.0, 2.1 and 2.2 A and AA, as axe-core knows them. */
    private static final java.util.List<String> WCAG = java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "wcag22aa");

    private final java.util.List<String> accessibilityViolations = new java.util.ArrayList<>();

    /** Page and dialog states axe-core checked with this browser, and the distinct pages among them (for the log). */
    private int statesChecked;
    private final java.util.Set<String> pagesChecked = new java.util.TreeSet<>();

    /**
     * Runs axe-core on the page as it is now (a page just opened, or a dialog just shown) and keeps every WCAG
     * violation; the test fails when the browser closes if there was any.
     */
    void checkAccessibility() {
        settle();
        settleAnimations();
        statesChecked++;
        pagesChecked.add(java.net.URI.create(driver.getCurrentUrl()).getPath());
        com.deque.html.axecore.results.Results results;
        try {
            results = new com.deque.html.axecore.selenium.AxeBuilder().withTags(WCAG).analyze(driver);
        } catch (org.openqa.selenium.WebDriverException e) {
            // A dialog's animation replaced nodes while axe walked them: look again once it has finished.
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            settle();
            results = new com.deque.html.axecore.selenium.AxeBuilder().withTags(WCAG).analyze(driver);
        }
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            accessibilityViolations.add(driver.getCurrentUrl() + ": " + rule.getId() + " (" + rule.getImpact() + ") on "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
        }
    }



    private final java.util.List<String> policyViolations = new java.util.ArrayList<>();

    /** Reads the console so far, keeping every message about something the Content-Security-Policy refused. */
    private void collectPolicyViolations() {
        try {
            for (org.openqa.selenium.logging.LogEntry entry
                    : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
                if (entry.getMessage().contains("Content Security Policy")) {
                    policyViolations.add(driver.getCurrentUrl() + ": " + entry.getMessage());
                }
            }
        } catch (org.openqa.selenium.WebDriverException e) {
            // The browser has gone; nothing more to read.
        }
    }

    /** For a test that provokes a refusal on purpose, after it has checked it. */
    void forgetPolicyViolations() {
        collectPolicyViolations();
        policyViolations.clear();
    }

    /** Everything the Content-Security-Policy refused on the pages visited so far (none, on a correct portal). */
    java.util.List<String> policyViolations() {
        collectPolicyViolations();
        return java.util.List.copyOf(policyViolations);
    }

    WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Signs in through the sign-in page at {@code loginUrl}, starting from no cookies, and waits for the home page. */
    void signIn(String loginUrl, String email, String password) {
        driver.manage().deleteAllCookies();
        open(loginUrl);
        type("login-form:email", email);
        type("login-form:password", password);
        click("login-form:sign-in");
        waitForText("h1", "Welcome");
    }

    /** Replaces a field's content as a person would: select all, type, and leave the field. */
    void type(String id, String text) {
        WebElement field = find(byId(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(byId(id)))).click();
        settle();
    }

    /**
     * Puts a date into a PrimeFaces date picker's text input, as if typed, without its pop-up calendar getting
     * in the way of the next field.
     */
    void setDate(String datePickerId, java.time.LocalDate date) {
        find(byId(datePickerId + "_input"));
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                datePickerId, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Opens a group of the menu by clicking the button that bears its label, as a mouse user does. */
    void openMenu(String label) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//nav[@id='menu']//button[@aria-controls and normalize-space(.)='" + label + "']")));
        button.click();
        wait.until(d -> "true".equals(button.getAttribute("aria-expanded")));
    }

    /** The status of a request the page itself makes with the browser's cookies. */
    Object fetchStatus(String method, String path) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[1], {method: arguments[0], credentials: 'include'})"
                        + ".then(r => done(r.status), e => done(String(e)));", method, path);
    }

    /** Fetches a URL with the browser's session, as a link would, and answers the bytes. */
    byte[] fetchBytes(String path) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'include'}).then(r => r.arrayBuffer()).then(b => {"
                        + " let s = ''; const a = new Uint8Array(b);"
                        + " for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }"
                        + " done(btoa(s)); }, e => done('ERROR ' + e));", path);
        if (String.valueOf(base64).startsWith("ERROR")) {
            throw new IllegalStateException(path + ": " + base64);
        }
        return java.util.Base64.getDecoder().decode(String.valueOf(base64));
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label, as a user would: open it, click the option,
     * and check the menu now shows it (the panel's opening animation can swallow a too-early click).
     */
    void choose(String id, String label) {
        By shown = By.cssSelector(byId(id + "_label"));
        By option = By.cssSelector(byId(id + "_panel") + " li[data-label='" + label + "']");
        for (int attempt = 0; attempt < 3; attempt++) {
            click(id);
            // The panel slides into place: wait until the option has a size and the panel has stopped moving.
            WebElement item = wait.until(d -> {
                WebElement candidate = d.findElement(option);
                boolean settled = candidate.isDisplayed() && candidate.getSize().getHeight() > 0
                        && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !window.jQuery"
                        + " || jQuery(arguments[0]).closest('.ui-selectonemenu-panel').is(':not(:animated)');", candidate));
                return settled ? candidate : null;
            });
            try {
                item.click();
            } catch (org.openqa.selenium.ElementNotInteractableException e) {
                // Covered or still moving on a busy machine (ElementClickIntercepted is a kind of this):
                // click it the way its handler listens.
                ((JavascriptExecutor) driver).executeScript("arguments[0].click();", item);
            }
            settle();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // Try again: open the menu and click the option once more.
            }
        }
        Assertions.assertEquals(label, driver.findElement(shown).getText(), "could not choose " + label);
    }

    /** The text of the message shown next to a field, waiting for it to appear. */
    String messageFor(String fieldId) {
        return find(byId(fieldId + "-message")).getText();
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /**
     * Waits until the element shows the text. While a page is being replaced (a sign-in's redirect, say), Chromium
     * may answer that the element it just found is no longer in the document: that is "not yet", not a failure.
     */
    void waitForText(String cssSelector, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
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

    /**
     * Waits until no finite animation or CSS transition is running: axe measures colours as drawn, and a button
     * fading into its focus style (after a dialog hands focus back) is mid-way between two colours.
     */
    void settleAnimations() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !document.getAnimations || document.getAnimations().every(function (a) {"
                        + " var end = a.effect ? a.effect.getComputedTiming().endTime : 0;"
                        + " return a.playState !== 'running' || end === Infinity; });")));
    }

    /**
     * The id (or tag) of the element that has the focus once it is {@code expected}, or whatever has it after two
     * seconds: the portal hands focus back after a dialog closes or an update lands, a moment after the change shows.
     */
    String focusedOnceSettled(String expected) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(2))
                    .until(d -> expected.equals(focused()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Answered below with what has the focus instead.
        }
        return focused();
    }

    /** Saves what the browser shows to target/screenshots, for a failing test's report. */
    void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("Could not save a screenshot: " + e);
        }
    }

    /** Presses keys (Tab, Enter, arrows, text) as a keyboard would, on whatever has the focus. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        settle();
    }

    /** The id of the element that has the focus ("" when it has none, "BODY" when focus fell to the page). */
    String focused() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement; return !e ? '' : (e.id || e.tagName.toUpperCase());");
    }

    /** The words of the element that has the focus (read in the page, so an element an update replaced is no trap). */
    String focusedText() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement; return e ? e.textContent.trim() : '';");
    }

    /** Replaces what the focused field holds, as a keyboard does: Ctrl-A (held), then the text. */
    void replaceTyped(String text) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("a")
                .keyUp(org.openqa.selenium.Keys.CONTROL).sendKeys(text).perform();
        settle();
    }

    /** Shift-Tab: the previous control. */
    void pressShiftTab() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.SHIFT)
                .sendKeys(org.openqa.selenium.Keys.TAB).keyUp(org.openqa.selenium.Keys.SHIFT).perform();
        settle();
    }

    /** Presses Tab until the focused element's words are these (a link, a summary), failing after {@code max}. */
    void tabToText(String text, int max) {
        for (int i = 0; i < max; i++) {
            press(org.openqa.selenium.Keys.TAB);
            if (text.equals(focusedText())) {
                assertVisibleFocus();
                return;
            }
        }
        Assertions.fail("Tab did not reach \"" + text + "\" in " + max + " presses; focus is on " + focused());
    }

    /** Presses Tab until the element with this id has the focus, failing after {@code max} presses. */
    void tabTo(String id, int max) {
        for (int i = 0; i < max; i++) {
            press(org.openqa.selenium.Keys.TAB);
            if (id.equals(focused())) {
                assertVisibleFocus();
                return;
            }
        }
        Assertions.fail("Tab did not reach " + id + " in " + max + " presses; focus is on " + focused());
    }

    /** The focused element shows that it has the focus: an outline or a ring (box shadow) that is not "none". */
    void assertVisibleFocus() {
        Object indicator = ((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement, s = getComputedStyle(e);"
                        + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'"
                        + " || getComputedStyle(e.parentElement).boxShadow !== 'none';");
        Assertions.assertEquals(Boolean.TRUE, indicator, "no visible focus indicator on " + focused());
    }

    /** The page is no wider than the screen: nothing makes it scroll sideways. */
    long pageOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }

    static String byId(String id) {
        return "[id='" + id + "']";
    }

    /**
     * Ends the browser; a page that had a script or style blocked by the Content-Security-Policy, or any WCAG
     * violation axe-core found on a page opened or a state checked, fails the test.
     */
    @Override
    public void close() {
        java.util.List<String> violations = policyViolations();
        System.out.println("axe-core checked " + statesChecked + " page and dialog states on " + pagesChecked.size()
                + " pages " + pagesChecked + ": " + accessibilityViolations.size() + " violations");
        driver.quit();
        Assertions.assertEquals(java.util.List.of(), violations, "the Content-Security-Policy blocked something");
        Assertions.assertEquals(java.util.List.of(), accessibilityViolations, "axe-core found WCAG violations");
    }
}
