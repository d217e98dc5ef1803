package org.healthengineering.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accreditation journey in a real browser (issue 11), every page checked by axe-core: a provider drafts a
 * course mapped to a competency and submits it; the body checks it, reviews it and approves it; anyone finds it
 * in the public directory; the provider records a completion, which is a verified activity in the engineer's CPD
 * list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccreditationJourneyIT {

    private static final String PASSWORD = "meadow signal 4471";

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
    void aCourseIsSubmittedReviewedApprovedListedAndItsCompletionBecomesVerifiedCpd() {
        Api api = new Api(deployment);
        Api.Registered body = api.registerWith("journey-body", PASSWORD, "BODY_ADMIN");
        Api.Registered staff = api.registerWith("journey-provider", PASSWORD, "TRAINING_PROVIDER");
        Api.Registered engineer = api.registerWith("journey-attendee", PASSWORD, "ENGINEER");
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String bodyCode = "JB" + unique;
        String bodyName = "Journey body " + unique;
        assertEquals(200, api.put("bodies/" + bodyCode, "{\"name\":\"" + bodyName + "\",\"cpdPolicy\":\"Yearly\","
                + "\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,\"requiredTypes\":[]}",
                body.credentials()).status());
        assertEquals(200, api.put("bodies/" + bodyCode + "/accreditation", "{\"dailyCreditCap\":6,\"criteria\":"
                + "[\"Outcomes mapped\",\"Hours evidenced\"]}", body.credentials()).status());
        String providerCode = "JP" + unique;
        assertEquals(201, api.post("providers", "{\"code\":\"" + providerCode + "\",\"name\":\"Journey Academy "
                + unique + "\",\"contactEmail\":\"courses@example.org\"}", body.credentials()).status());
        assertEquals(200, api.put("providers/" + providerCode + "/members", "{\"members\":[\"" + staff.email() + "\"]}",
                body.credentials()).status());
        String title = "Ventilator servicing " + unique;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        try (Browser browser = Browser.start()) {
            try {
                // The provider drafts: a refused save names the fields, then the course is saved as a draft.
                browser.signIn(url("/login.xhtml"), staff.email(), PASSWORD);
                assertTrue(browser.text("#home-provider").contains("courses to finish and submit"));
                browser.open(url("/accreditation/edit.xhtml?provider=" + providerCode));
                browser.click("course-form:save-course");
                assertTrue(browser.messageFor("course-form:title").contains("title"));
                browser.choose("course-form:bodyCode", bodyName);
                browser.choose("course-form:kind", "Course");
                browser.type("course-form:title", title);
                browser.type("course-form:summary", "Servicing ventilators safely, with a practical.");
                browser.type("course-form:audience", "Clinical technologists");
                browser.choose("course-form:delivery", "Online");
                browser.type("course-form:faculty", "Two senior clinical scientists");
                browser.type("course-form:assessmentMethod", "A practical test");
                browser.type("course-form:evaluationMethod", "Feedback after three months");
                browser.setDate("course-form:sessions:0:day", today.plusDays(7));
                browser.type("course-form:sessions:0:contactHours", "8");
                browser.type("course-form:sessions:0:breakHours", "1");
                browser.type("course-form:outcomes:0:text", "Service a ventilator safely");
                browser.choose("course-form:outcomes:0:competency", "HEP-CORE TECH.2 Maintain and calibrate equipment safely");
                browser.choose("course-form:outcomes:0:level", "3");
                browser.click("course-form:save-course");
                browser.waitForText("#course-status", "Draft");
                browser.checkAccessibility();
                assertTrue(browser.text("#credit-total").contains("6"), "7 hours of content, capped at 6 a day");
                String courseUrl = browser.driver.getCurrentUrl();
                browser.click("provider-actions:submit-course");
                browser.waitForText("#course-status", "Submitted");

                // The body checks it, assigns itself as reviewer, reviews, and approves.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(courseUrl);
                browser.click("check-form:complete");
                browser.waitForText("#course-status", "Under review");
                browser.type("reviewers-form:reviewers", body.email());
                browser.click("reviewers-form:assign");
                browser.find(Browser.byId("review-form:send-review"));
                browser.checkAccessibility();
                browser.click("review-form:send-review");
                assertTrue(browser.messageFor("review-form:declaredNoConflict").contains("conflict of interest"));
                browser.driver.findElement(By.cssSelector("[id='review-form:declaredNoConflict'] .ui-chkbox-box")).click();
                browser.choose("review-form:judgements:0:grade", "Met");
                browser.choose("review-form:judgements:1:grade", "Partly met");
                browser.choose("review-form:recommendation", "Approved");
                browser.click("review-form:send-review");
                browser.find(Browser.byId("decision-form:record-decision"));
                browser.choose("decision-form:decision", "Approved");
                browser.click("decision-form:record-decision");
                browser.waitForText("#course-status", "Approved");
                String code = browser.text("#approval-code");
                assertTrue(code.startsWith(bodyCode + "-"), code);

                // Anyone finds it in the directory, by words.
                browser.driver.manage().deleteAllCookies();
                browser.open(url("/courses/index.xhtml"));
                browser.type("search-form:text", unique);
                browser.click("search-form:search");
                browser.waitForText("[id='results-form']", code);
                assertTrue(browser.text("[id='results-form']").contains("TECH.2 Maintain and calibrate equipment safely"));

                // The provider records a completion: a verified activity in the engineer's CPD list.
                browser.signIn(url("/login.xhtml"), staff.email(), PASSWORD);
                browser.open(courseUrl);
                browser.type("completions-form:rows:0:email", engineer.email());
                browser.setDate("completions-form:rows:0:completedOn", today);
                browser.type("completions-form:rows:0:hours", "6");
                browser.click("completions-form:record");
                browser.waitForText("[id='completions']", "Verified CPD activity added");
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(url("/cpd/index.xhtml"));
                browser.waitForText("[id='cpd-form:activities']", title);
                assertTrue(browser.text("[id='cpd-form:activities']").contains("Verified"));
                assertTrue(browser.text("[id='cpd-form:activities']").contains(code));
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("accreditation-journey-failure");
                throw e;
            }
        }
    }
}
