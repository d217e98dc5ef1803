package org.healthengineering.portal.it;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page for every person: the three journeys a keyboard user must be able to finish (log CPD, open the
 * benchmark, open a framework) with Tab, Shift-Tab, Enter, Space, Escape and the arrow keys only, with visible
 * focus; and logging CPD on a phone 390 pixels wide. axe-core checks every page and dialog on the way (Browser).
 * Screenshots of the phone journey go to portal-web/target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPersonIT {

    private static final String PASSWORD = "amber lantern 4471";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aKeyboardUserLogsCpd() {
        Api api = new Api(deployment);
        String email = Api.uniqueEmail("keys");
        api.registerEngineer(email, PASSWORD);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), email, PASSWORD);
                browser.open(url("/cpd/index.xhtml"));
                // The skip link comes first and takes focus past the header to the page's content.
                browser.press(Keys.TAB);
                assertEquals("Skip to the main content", browser.driver.switchTo().activeElement().getText());
                browser.assertVisibleFocus();
                browser.press(Keys.ENTER);
                assertEquals("main", browser.focusedOnceSettled("main"));
                browser.tabTo("cpd-form:add-activity", 5);
                browser.press(Keys.ENTER);
                browser.find(Browser.byId("activity-dialog"));
                browser.checkAccessibility();

                // Save with mistakes: focus goes to the first field marked wrong.
                browser.tabTo("activity-form:save-activity", 40);
                browser.press(Keys.ENTER);
                browser.waitForText(Browser.byId("activity-form:title-message"), "Give the activity a title.");
                assertEquals("activity-form:title", browser.focusedOnceSettled("activity-form:title"), "focus on the first field in error");
                browser.checkAccessibility();

                browser.press("Valve testing by keyboard");
                browser.press(Keys.TAB);
                assertEquals("activity-form:type_label", browser.focused());
                browser.press(Keys.ARROW_DOWN);
                assertEquals("Formal learning", browser.text(Browser.byId("activity-form:type_label")));
                // Tab passes through a date field and its calendar button without opening the calendar.
                browser.press(Keys.TAB);
                assertEquals("activity-form:startDate_input", browser.focused());
                browser.replaceTyped(day.toString());
                browser.press(Keys.TAB);
                assertFalse(browser.driver.findElement(By.cssSelector(Browser.byId("activity-form:startDate_panel"))).isDisplayed(),
                        "the calendar stays closed while tabbing");
                browser.press(Keys.TAB);
                assertEquals("activity-form:endDate_input", browser.focused());
                browser.replaceTyped(day.toString());
                browser.press(Keys.TAB, Keys.TAB);
                assertEquals("activity-form:hours", browser.focused());
                browser.press("2.5", Keys.TAB);
                assertEquals("activity-form:learned", browser.focused());
                browser.press("How the leak test reads");
                // Shift-Tab goes back to the hours.
                browser.pressShiftTab();
                assertEquals("activity-form:hours", browser.focused());
                browser.tabTo("activity-form:save-activity", 10);
                browser.press(Keys.ENTER);
                browser.waitForInvisible("activity-dialog");
                browser.waitForText(Browser.byId("cpd-form:activities"), "Valve testing by keyboard");
                assertEquals("cpd-form:add-activity", browser.focusedOnceSettled("cpd-form:add-activity"), "focus returns to the button that opened the dialog");

                // Escape closes a dialog, and focus comes back too.
                browser.press(Keys.ENTER);
                browser.find(Browser.byId("activity-dialog"));
                browser.press(Keys.ESCAPE);
                browser.waitForInvisible("activity-dialog");
                assertEquals("cpd-form:add-activity", browser.focusedOnceSettled("cpd-form:add-activity"));
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("keyboard-cpd-failure");
                throw e;
            }
        }
    }

    @Test
    void aKeyboardUserOpensTheBenchmark() {
        Api api = new Api(deployment);
        String region = "Keys " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String quarter = Quarter.of(LocalDate.now()).minus(1).toString();
        List<String> hospitals = EngineerJourneyIT.peersWithReturns(api, region, quarter, 5);
        String viewer = api.registerWith("keys-board", PASSWORD, "BOARD_VIEWER").email();
        assertEquals(200, api.put("hospitals/" + hospitals.get(0) + "/members",
                "{\"administrators\":[],\"boardViewers\":[\"" + viewer + "\"]}", Api.ADMIN).status());
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), viewer, PASSWORD);
                browser.open(url("/index.xhtml"));
                // Through the menu: Tab to its link, then Enter.
                browser.tabTo("menu-hospitals", 20);
                browser.assertVisibleFocus();
                browser.press(Keys.ENTER);
                browser.waitForText("h1", "Hospitals");
                browser.press(Keys.TAB, Keys.ENTER);
                assertEquals("main", browser.focusedOnceSettled("main"));
                browser.tabToText("Journey peer 1 (test)", 10);
                browser.press(Keys.ENTER);
                browser.waitForText("h1", "Journey peer 1 (test)");
                browser.tabTo("nav-benchmark", 20);
                browser.press(Keys.ENTER);
                browser.waitForText("h1", "Benchmark");

                // The peer group: a select changed with the arrow keys recomputes the benchmark.
                browser.tabTo("benchmark-form:peers_label", 20);
                browser.press(Keys.ARROW_DOWN);
                browser.waitForText(Browser.byId("group-size"), "Same size band");
                assertEquals("benchmark-form:peers_label", browser.focusedOnceSettled("benchmark-form:peers_label"), "focus stays on the select it recomputed");
                browser.press(Keys.ARROW_DOWN);
                browser.waitForText(Browser.byId("group-size"), "Same region: 5 hospitals");
                String row = browser.text("[id='benchmark-form:metrics'] tbody tr:first-child");
                assertTrue(row.contains("Like most peers or better") || row.contains("worth a look")
                        || row.contains("worth discussing"), "a standing in words: " + row);
                // A chart's figures open as a table with Enter on their summary.
                browser.tabToText("The chart's figures as a table", 40);
                browser.press(Keys.ENTER);
                assertTrue(browser.driver.findElement(By.cssSelector("[id='benchmark-form:charts'] details table")).isDisplayed());
                assertTrue(browser.text("[id='benchmark-form:charts'] details table").contains("Journey peer 2 (test)"));
                browser.checkAccessibility();
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("keyboard-benchmark-failure");
                throw e;
            }
        }
    }

    @Test
    void aKeyboardUserOpensAFramework() {
        Api api = new Api(deployment);
        String email = Api.uniqueEmail("keys-framework");
        api.registerEngineer(email, PASSWORD);
        String title = api.get("frameworks/1", Api.basic(email, PASSWORD)).json().getJsonObject("framework")
                .getString("title");
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), email, PASSWORD);
                browser.open(url("/index.xhtml"));
                // Tab to Competence; Enter discloses its links, Escape closes them again, Tab walks them.
                browser.tabTo("menu-competence", 20);
                assertEquals("Competence", browser.focusedText());
                browser.assertVisibleFocus();
                browser.press(Keys.ENTER);
                assertEquals("true", browser.driver.findElement(By.id("menu-competence")).getAttribute("aria-expanded"));
                browser.press(Keys.ESCAPE);
                assertEquals("false", browser.driver.findElement(By.id("menu-competence")).getAttribute("aria-expanded"));
                assertFalse(browser.driver.findElement(By.id("menu-frameworks")).isDisplayed(), "Escape closes the group");
                browser.press(Keys.ENTER);
                browser.tabTo("menu-frameworks", 8);
                browser.assertVisibleFocus();
                browser.checkAccessibility();
                browser.press(Keys.ENTER);
                browser.waitForText("h1", "Competency frameworks");
                browser.tabToText(title, 40);
                browser.press(Keys.ENTER);
                browser.waitForText("h1", title);
                assertTrue(browser.driver.findElements(By.cssSelector("[id='framework-form:tree'] tbody tr")).size() > 1,
                        "the framework's competencies are listed");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("keyboard-framework-failure");
                throw e;
            }
        }
    }

    @Test
    void anEngineerLogsCpdOnAPhone() {
        Api api = new Api(deployment);
        String email = Api.uniqueEmail("phone");
        api.registerEngineer(email, PASSWORD);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        try (Browser browser = Browser.startPhone()) {
            try {
                browser.signIn(url("/login.xhtml"), email, PASSWORD);
                for (String page : List.of("/index.xhtml", "/cpd/index.xhtml", "/account.xhtml", "/notifications.xhtml",
                        "/competence/readiness.xhtml", "/frameworks/index.xhtml", "/mentoring/index.xhtml",
                        "/courses/index.xhtml", "/vacancies/index.xhtml", "/vacancies/mine.xhtml",
                        "/recognition/index.xhtml", "/recognition/register.xhtml", "/credentials/index.xhtml",
                        "/verify/index.xhtml")) {
                    browser.open(url(page));
                    assertEquals(0L, browser.pageOverflow(), page + " scrolls sideways at 390 px");
                }
                // The menu folds behind one button on a phone: it opens the list, and a group opens in place.
                browser.open(url("/index.xhtml"));
                assertFalse(browser.driver.findElement(By.id("menu-cpd")).isDisplayed(), "the menu is folded away");
                browser.click("menu-toggle");
                browser.click("menu-competence");
                assertTrue(browser.driver.findElement(By.id("menu-frameworks")).isDisplayed());
                assertEquals(0L, browser.pageOverflow(), "the open menu fits the phone");
                browser.checkAccessibility();
                browser.screenshot("phone-menu");
                browser.click("menu-cpd");
                browser.waitForText("h1", "My CPD");
                browser.screenshot("phone-cpd");
                browser.click("cpd-form:add-activity");
                browser.find(Browser.byId("activity-dialog"));
                browser.checkAccessibility();
                Object sheet = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "var d = document.getElementById('activity-dialog').getBoundingClientRect();"
                                + " var c = document.querySelector('[id=\\'activity-dialog\\'] .ui-dialog-titlebar-close').getBoundingClientRect();"
                                + " return [d.left, d.width, c.right <= window.innerWidth && c.left >= 0 ? 1 : 0];");
                assertEquals(List.of(0L, ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return document.documentElement.clientWidth;")).longValue(), 1L), sheet,
                        "the dialog is a full-width sheet with its close button in view");
                browser.screenshot("phone-cpd-dialog");
                browser.type("activity-form:title", "Bedside monitor recall briefing");
                browser.choose("activity-form:type", "Work-based learning");
                browser.setDate("activity-form:startDate", day);
                browser.setDate("activity-form:endDate", day);
                browser.type("activity-form:hours", "1.5");
                browser.click("activity-form:save-activity");
                browser.waitForInvisible("activity-dialog");
                browser.waitForText(Browser.byId("cpd-form:activities"), "Bedside monitor recall briefing");
                assertEquals(0L, browser.pageOverflow(), "the list with its new row fits the phone");
                browser.screenshot("phone-cpd-saved");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("phone-cpd-failure");
                throw e;
            }
        }
    }
}
