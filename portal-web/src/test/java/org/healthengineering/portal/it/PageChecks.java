package org.healthengineering.portal.it;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks of a page as people use it that axe-core does not make: where the focus is, and a phone's width. */
final class PageChecks {

    /** The width of a common phone in CSS pixels. */
    static final int PHONE_WIDTH = 390;

    private PageChecks() {
    }

    /** Waits until the keyboard focus is on the element with this id (a dialog gives it back to its opener). */
    static void assertFocusOn(Browser browser, String id) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> id.equals(
                    ((JavascriptExecutor) d).executeScript("return document.activeElement ? document.activeElement.id : null;")));
        } catch (TimeoutException e) {
            assertEquals(id, ((JavascriptExecutor) browser.driver).executeScript("return document.activeElement"
                    + " ? document.activeElement.id || document.activeElement.tagName : null;"),
                    "the focus after the dialog closed");
        }
    }

    /** Makes the browser as wide as a phone (the height of one, too) for what follows. */
    static void phone(Browser browser) {
        browser.driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        browser.settle();
    }

    /** Back to the desktop size the browser starts with. */
    static void desktop(Browser browser) {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        browser.settle();
    }

    /**
     * Nothing on the page as it is now, open dialogs included, reaches past the right edge of the window: the page
     * never scrolls sideways, and no dialog is cut off. Names what does, when something does.
     */
    @SuppressWarnings("unchecked")
    static void assertNoSidewaysScrolling(Browser browser) {
        browser.settle();
        List<String> wide = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "const width = document.documentElement.clientWidth; const found = [];"
                        + "if (document.documentElement.scrollWidth > width) {"
                        + "  found.push('the page: ' + document.documentElement.scrollWidth + ' px'); }"
                        + "document.querySelectorAll('.ui-dialog').forEach(d => {"
                        + "  const box = d.getBoundingClientRect();"
                        + "  if (box.width > 0 && (box.left < 0 || box.right > width + 1)) {"
                        + "    found.push('dialog ' + d.id + ': ' + Math.round(box.left) + '..' + Math.round(box.right)); } });"
                        + "return found;");
        assertEquals(List.of(), wide, browser.driver.getCurrentUrl() + " at " + PHONE_WIDTH + " px");
    }
}
