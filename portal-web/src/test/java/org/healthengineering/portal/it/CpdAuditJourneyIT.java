package org.healthengineering.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CPD audit journey in a real browser (issue 11), every page checked by axe-core. Set up through the API: a
 * body, an engineer registered with it for three years with five activities in the audit period, a campaign
 * sampling everyone, its sample drawn. In the pages: the engineer opens the case from the CPD audit page,
 * answers that a profile will follow, is told what is missing, then chooses four activities, writes the summary
 * and statement and submits; the body administrator names the two assessors; each grades every standard; the body
 * administrator sees the grades come to "meets the standards", records that outcome, verifies the selection and
 * downloads the CSV; the engineer sees the outcome. The home pages count the profile to grade and the case waiting
 * for the body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdAuditJourneyIT {

    private static final String PASSWORD = "harbour lantern 5183";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    /**
     * Runs axe once no growl message is still fading in: mid-animation its text is translucent, which axe reads as
     * too little contrast.
     */
    private static void check(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.jQuery || jQuery(':animated').length === 0;")));
        browser.checkAccessibility();
    }

    @Test
    void anEngineerSelectedForAuditSubmitsAProfileAndTwoAssessorsGradeIt() {
        Api api = new Api(deployment);
        Api.Registered body = api.registerWith("audit-journey-body", PASSWORD, "BODY_ADMIN");
        Api.Registered engineer = api.registerWith("audit-journey-engineer", PASSWORD, "ENGINEER");
        Api.Registered first = api.registerWith("audit-journey-first", PASSWORD, "ASSESSOR");
        Api.Registered second = api.registerWith("audit-journey-second", PASSWORD, "ASSESSOR");
        String code = "AJ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(200, api.put("bodies/" + code, "{\"name\":\"Audit Journey Institute " + code + "\",\"cpdPolicy\":"
                + "\"Yearly\",\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,"
                + "\"requiredTypes\":[]}", body.credentials()).status());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Api.Answer registered = api.put("me/registrations/" + code, "{\"registeredOn\":\"" + today.minusYears(3)
                + "\",\"retired\":false}", engineer.credentials());
        assertEquals(200, registered.status(), registered.body());
        for (int i = 1; i <= 5; i++) {
            LocalDate day = today.minusMonths(i);
            Api.Answer logged = api.post("me/cpd", "{\"title\":\"Audit journey activity " + i + "\",\"type\":"
                    + "\"WORK_BASED_LEARNING\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\",\"hours\":3,"
                    + "\"learned\":\"Alarm limits\",\"applied\":\"Changed the ward checks\",\"benefit\":\"Fewer missed"
                    + " alarms\"}", engineer.credentials());
            assertEquals(201, logged.status(), logged.body());
        }
        String title = "Journey audit " + code;
        Api.Answer opened = api.post("bodies/" + code + "/audit-campaigns", "{\"title\":\"" + title + "\","
                + "\"periodStart\":\"" + today.minusYears(2) + "\",\"periodEnd\":\"" + today.minusDays(1) + "\","
                + "\"samplingRate\":1,\"minimumYears\":2,\"retiredIncluded\":false,\"stratifyByTitle\":true,"
                + "\"deadline\":\"" + today.plusMonths(2) + "\"}", body.credentials());
        assertEquals(201, opened.status(), opened.body());
        long campaign = opened.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("audit-campaigns/" + campaign + "/selection", "", body.credentials()).status());
        String campaignUrl = url("/cpd-audit/campaign.xhtml?id=" + campaign);

        try (Browser browser = Browser.start()) {
            try {
                // The engineer opens the case from the CPD audit page and answers that a profile will follow.
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(url("/cpd-audit/index.xhtml"));
                browser.waitForText("[id='my-cases']", title);
                browser.click("my-cases:0:open-case");
                browser.waitForText("#case-state", "Selected");
                check(browser);
                String caseUrl = browser.driver.getCurrentUrl();
                browser.choose("response-form:response", "A profile will follow");
                browser.click("response-form:send-response");
                browser.waitForText("#case-state", "Profile to follow");
                check(browser);

                // Submitting too early names what is missing; then the profile is written and submitted.
                browser.click("profile-form:submit-profile");
                assertTrue(browser.messageFor("profile-form:summary").contains("summary"));
                assertTrue(browser.messageFor("profile-form:activities").contains("Choose 4 to 6"));
                browser.type("profile-form:summary", "I maintain and calibrate infusion pumps and ventilators for a"
                        + " district general hospital, and train ward staff in their safe use.");
                assertTrue(browser.text("[data-words-for='profile-form:summary']").startsWith("21 of 500"),
                        browser.text("[data-words-for='profile-form:summary']"));
                List<WebElement> boxes = browser.driver.findElements(
                        By.cssSelector("[id='profile-form:activities'] .ui-chkbox-box"));
                assertEquals(5, boxes.size(), "the five activities of the period");
                for (int i = 0; i < 4; i++) {
                    boxes.get(i).click();
                }
                browser.type("profile-form:statement", "S1: my log is kept as I go. S2: the activities mix courses"
                        + " and work-based learning. S3 and S4: the ward checks changed and alarms are missed less."
                        + " S5: this profile.");
                browser.click("profile-form:submit-profile");
                browser.waitForText("#case-state", "Profile submitted");
                assertTrue(browser.text("#submitted-summary").contains("infusion pumps"));
                assertTrue(browser.text("[id='submitted-activities']").contains("Audit journey activity 1"));
                check(browser);

                // The body administrator names the two assessors on the campaign's page.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(campaignUrl);
                browser.waitForText("[id='cases']", "Profile submitted");
                browser.click("cases:0:open-case");
                browser.waitForText("#case-state", "Profile submitted");
                check(browser);
                browser.type("assessors-form:first", first.email());
                browser.type("assessors-form:second", second.email());
                browser.click("assessors-form:assign");
                browser.waitForText("#case-state", "Under assessment");

                // Each assessor finds the profile on the CPD audit page and grades every standard.
                for (Api.Registered assessor : List.of(first, second)) {
                    browser.signIn(url("/login.xhtml"), assessor.email(), PASSWORD);
                    assertEquals("1", browser.text("#home-assessor .home-queue-audit_cases_to_assess .figure-value")
                            .trim(), "the home page counts the profile to grade");
                    browser.open(url("/cpd-audit/index.xhtml"));
                    browser.waitForText("[id='to-assess']", title);
                    browser.click("to-assess:0:open-assessment");
                    browser.waitForText("#submitted-statement", "ward checks");
                    check(browser);
                    for (int i = 0; i < 5; i++) {
                        browser.choose("assess-form:grades:" + i + ":grade", "Met");
                    }
                    browser.click("assess-form:send-grades");
                    assertTrue(browser.messageFor("assess-form:declaresNoConflict").contains("conflict of interest"));
                    browser.driver.findElement(By.cssSelector("[id='assess-form:declaresNoConflict'] .ui-chkbox-box"))
                            .click();
                    browser.click("assess-form:send-grades");
                    browser.waitForText("#my-grades", "S5");
                    check(browser);
                }

                // The body administrator sees the grades, records the outcome, verifies the selection.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                assertTrue(Integer.parseInt(browser.text("#home-body .home-queue-audit_cases_for_body .figure-value")
                        .trim().replace(",", "")) >= 1, "the home page counts the case waiting for the body");
                browser.open(campaignUrl);
                browser.click("cases:0:open-case");
                browser.waitForText("#verdict", "Meets the standards");
                assertTrue(browser.text("[id='case-card']").contains("Second assessor"));
                browser.choose("outcome-form:outcome", "Meets the standards");
                browser.click("outcome-form:record-outcome");
                browser.waitForText("#case-state", "Meets the standards");
                browser.waitForText("#by-outcome", "Meets the standards");
                browser.click("verify-form:verify");
                browser.waitForText("#verification", "The selection matches");
                check(browser);
                String csv = new String(browser.fetchBytes(url("/cpd-audit/campaign.csv?id=" + campaign)),
                        StandardCharsets.UTF_8);
                assertTrue(csv.contains(engineer.email()) && csv.contains("Meets the standards"), csv);

                // The engineer sees the outcome.
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(caseUrl);
                browser.waitForText("#outcome", "Meets the standards");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("cpd-audit-journey-failure");
                throw e;
            }
        }
    }
}
