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
 * for the body, and the engineer's home page the audit that waits for them.
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
                assertTrue(browser.text("#home-cpd .home-audit").contains("Audit Journey Institute " + code),
                        "the home page tells the engineer the audit waits for them");
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

    private static String grades(String k1, String k2) {
        return "{\"grades\":[{\"standard\":\"K1\",\"grade\":\"" + k1 + "\",\"comment\":\"\"},{\"standard\":\"K2\","
                + "\"grade\":\"" + k2 + "\",\"comment\":\"" + ("MET".equals(k2) ? "" : "No benefit to users shown") + "\"}],"
                + "\"declaresNoConflict\":true}";
    }

    /**
     * The body's side of a campaign in the pages, every turn a case can take: the body keeps its own standards; a
     * campaign opened in the form takes them, has its terms changed, and its sample drawn; an extension before the
     * profile; a deferral granted; assessors who disagree and a moderator named who decides in the page; more
     * information asked for; after the second round, "does not meet", an appeal lodged by the engineer in the page,
     * and dismissed by the body. The engineer's profile and the assessors' grades go through the API, which the
     * first journey drives in the pages.
     */
    @Test
    void aBodyRunsACampaignInThePagesThroughDeferralModerationMoreInformationAndAppeal() {
        Api api = new Api(deployment);
        Api.Registered body = api.registerWith("audit-turns-body", PASSWORD, "BODY_ADMIN");
        Api.Registered ann = api.registerWith("audit-turns-ann", PASSWORD, "ENGINEER");
        Api.Registered cy = api.registerWith("audit-turns-cy", PASSWORD, "ENGINEER");
        Api.Registered first = api.registerWith("audit-turns-first", PASSWORD, "ASSESSOR");
        Api.Registered second = api.registerWith("audit-turns-second", PASSWORD, "ASSESSOR");
        Api.Registered moderator = api.registerWith("audit-turns-moderator", PASSWORD, "ASSESSOR");
        String code = "AT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String bodyName = "Audit Turns Institute " + code;
        assertEquals(200, api.put("bodies/" + code, "{\"name\":\"" + bodyName + "\",\"cpdPolicy\":\"Yearly\","
                + "\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,\"requiredTypes\":[]}",
                body.credentials()).status());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        for (Api.Registered engineer : List.of(ann, cy)) {
            assertEquals(200, api.put("me/registrations/" + code, "{\"registeredOn\":\"" + today.minusYears(3)
                    + "\",\"retired\":false}", engineer.credentials()).status());
        }
        List<Long> activities = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            LocalDate day = today.minusMonths(i);
            Api.Answer logged = api.post("me/cpd", "{\"title\":\"Turns activity " + i + "\",\"type\":"
                    + "\"WORK_BASED_LEARNING\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\",\"hours\":2}",
                    ann.credentials());
            assertEquals(201, logged.status(), logged.body());
            activities.add(logged.json().getJsonNumber("id").longValue());
        }
        String profile = "{\"response\":\"PROFILE_TO_FOLLOW\",\"summary\":\"I look after the imaging equipment of a"
                + " teaching hospital.\",\"statement\":\"K1: my record is continuous. K2: the new checks shortened"
                + " waits for scans.\",\"activities\":" + activities + "}";
        String title = "Turns audit " + code;

        try (Browser browser = Browser.start()) {
            try {
                // The body keeps two standards of its own; the campaign form then offers them.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(url("/cpd-audit/index.xhtml"));
                browser.choose("standards-form:bodyCode", bodyName);
                browser.waitForText("[id='standards-form:standards']", "S1:");
                browser.type("standards-form:standards", "K1: Keeps a continuous record of CPD\nK2: Shows how the"
                        + " learning benefits service users");
                browser.click("standards-form:save-standards");
                browser.waitForText("#growl_container", "kept for its next campaigns");
                check(browser);
                browser.choose("campaign-form:bodyCode", bodyName);
                browser.waitForText("[id='campaign-form:standards']", "K2: Shows how");
                browser.type("campaign-form:title", title + " (draft)");
                browser.type("campaign-form:samplingRate", "1");
                browser.click("campaign-form:open-campaign");
                browser.waitForText("h1", title + " (draft)");
                assertTrue(browser.text("dl.facts").contains("K1, K2"), browser.text("dl.facts"));

                // Its terms change before the draw; then the sample is drawn: both registrants.
                browser.type("terms-form:title", title);
                browser.click("terms-form:save-terms");
                new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> browser.text("h1").equals(title));
                check(browser);
                String campaignUrl = browser.driver.getCurrentUrl();
                browser.click("draw-form:draw");
                browser.waitForText("#campaign-status", "Sample drawn");
                long annCase = api.get("me/audit-cases", ann.credentials()).array().getJsonObject(0)
                        .getJsonNumber("id").longValue();
                long cyCase = api.get("me/audit-cases", cy.credentials()).array().getJsonObject(0)
                        .getJsonNumber("id").longValue();

                // Ann is given more time before she answers.
                browser.click("cases:" + row(browser, annCase) + ":open-case");
                browser.waitForText("#case-state", "Selected");
                LocalDate later = today.plusMonths(5);
                browser.choose("outcome-form:outcome", "Extension granted");
                browser.setDate("outcome-form:newDeadline", later);
                browser.click("outcome-form:record-outcome");
                browser.waitForText("#growl_container", "is recorded");
                assertEquals(later.toString(), api.get("me/audit-cases/" + annCase, ann.credentials()).json()
                        .getString("deadline"));

                // Cy asks to defer; the body grants it in the page.
                assertEquals(200, api.put("me/audit-cases/" + cyCase, "{\"response\":\"DEFERRAL_REQUESTED\","
                        + "\"reason\":\"Parental leave until the summer\"}", cy.credentials()).status());
                browser.open(campaignUrl);
                browser.click("cases:" + row(browser, cyCase) + ":open-case");
                browser.waitForText("#case-state", "Deferral requested");
                assertTrue(browser.text("[id='case-card']").contains("Parental leave until the summer"));
                browser.choose("deferral-form:granted", "Granted");
                browser.click("deferral-form:decide-deferral");
                browser.waitForText("#case-state", "Deferred");
                check(browser);

                // Ann submits; the assessors disagree on K2; the body names a moderator in the page.
                assertEquals(200, api.put("me/audit-cases/" + annCase, profile, ann.credentials()).status());
                assertEquals(200, api.post("me/audit-cases/" + annCase + "/submission", "", ann.credentials()).status());
                assertEquals(200, api.put("audit-cases/" + annCase + "/assessors", "{\"first\":\"" + first.email()
                        + "\",\"second\":\"" + second.email() + "\"}", body.credentials()).status());
                assertEquals(200, api.put("assessments/audit-cases/" + annCase + "/grades", grades("MET", "MET"),
                        first.credentials()).status());
                assertEquals(200, api.put("assessments/audit-cases/" + annCase + "/grades", grades("MET", "NOT_MET"),
                        second.credentials()).status());
                browser.open(campaignUrl);
                browser.click("cases:" + row(browser, annCase) + ":open-case");
                browser.waitForText("[id='moderator-form']", "K2");
                browser.type("moderator-form:moderator", moderator.email());
                browser.click("moderator-form:assign-moderator");
                browser.waitForText("#growl_container", "moderator");

                // The moderator sees both assessors' grades and decides K2 alone: partly met.
                browser.signIn(url("/login.xhtml"), moderator.email(), PASSWORD);
                browser.open(url("/cpd-audit/index.xhtml"));
                browser.waitForText("[id='to-assess']", title);
                browser.click("to-assess:0:open-assessment");
                browser.waitForText("#my-part", "Moderator");
                assertTrue(browser.text("body").contains("No benefit to users shown"), "the second assessor's comment");
                assertEquals(1, browser.driver.findElements(By.cssSelector("[id='assess-form'] fieldset")).size(),
                        "only the standard in dispute");
                browser.choose("assess-form:grades:0:grade", "Partly met");
                browser.type("assess-form:grades:0:comment", "One example of benefit, not yet a pattern.");
                browser.driver.findElement(By.cssSelector("[id='assess-form:declaresNoConflict'] .ui-chkbox-box"))
                        .click();
                browser.click("assess-form:send-grades");
                browser.waitForText("#my-grades", "K2");
                check(browser);

                // The body asks for more information, with what is missing and a new deadline.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(campaignUrl);
                browser.click("cases:" + row(browser, annCase) + ":open-case");
                browser.waitForText("#verdict", "More information");
                browser.choose("outcome-form:outcome", "More information requested");
                browser.setDate("outcome-form:newDeadline", later.plusMonths(1));
                browser.type("outcome-form:note", "Show one change to a service that users noticed.");
                browser.click("outcome-form:record-outcome");
                browser.waitForText("#case-state", "More information requested");

                // Ann sees what is missing in her page; the second round ends in "does not meet".
                browser.signIn(url("/login.xhtml"), ann.email(), PASSWORD);
                browser.open(url("/cpd-audit/case.xhtml?id=" + annCase));
                browser.waitForText("#more-information", "users noticed");
                check(browser);
                assertEquals(200, api.put("me/audit-cases/" + annCase, profile, ann.credentials()).status());
                assertEquals(200, api.post("me/audit-cases/" + annCase + "/submission", "", ann.credentials()).status());
                for (Api.Registered assessor : List.of(first, second)) {
                    assertEquals(200, api.put("assessments/audit-cases/" + annCase + "/grades",
                            grades("MET", "NOT_MET"), assessor.credentials()).status());
                }
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(campaignUrl);
                browser.click("cases:" + row(browser, annCase) + ":open-case");
                browser.waitForText("#verdict", "Does not meet");
                browser.choose("outcome-form:outcome", "Does not meet the standards");
                browser.type("outcome-form:note", "K2 is still not shown.");
                browser.click("outcome-form:record-outcome");
                browser.waitForText("#case-state", "Does not meet the standards");

                // Ann appeals in her page; the body dismisses the appeal with its reason.
                browser.signIn(url("/login.xhtml"), ann.email(), PASSWORD);
                browser.open(url("/cpd-audit/case.xhtml?id=" + annCase));
                browser.type("appeal-form:grounds", "The second assessor did not read my statement on K2.");
                browser.click("appeal-form:lodge-appeal");
                browser.waitForText("#case-state", "Appeal lodged");
                check(browser);
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(campaignUrl);
                browser.click("cases:" + row(browser, annCase) + ":open-case");
                browser.waitForText("[id='case-card']", "did not read my statement");
                browser.choose("appeal-form:decision", "Dismissed");
                browser.type("appeal-form:reason", "Both assessors graded K2 against the statement.");
                browser.click("appeal-form:decide-appeal");
                browser.waitForText("#case-state", "Does not meet the standards");
                assertTrue(browser.text("[id='case-card']").contains("Dismissed"), browser.text("[id='case-card']"));
                check(browser);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("cpd-audit-turns-failure");
                throw e;
            }
        }
    }

    /** The row of the campaign's case list that opens the case. */
    private static int row(Browser browser, long caseId) {
        List<WebElement> links = browser.driver.findElements(By.cssSelector("[id='cases'] a[id$=':open-case']"));
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).getAttribute("href").contains("case=" + caseId)) {
                return i;
            }
        }
        throw new AssertionError("No case " + caseId + " in the list");
    }
}
