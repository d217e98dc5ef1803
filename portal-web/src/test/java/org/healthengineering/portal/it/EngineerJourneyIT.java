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
import org.openqa.selenium.Cookie;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An engineer's first visit, in headless Chromium: register, sign in, log a CPD activity (first with
 * mistakes), see it and the totals, and sign out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EngineerJourneyIT {

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
    void anEngineerRegistersSignsInAndLogsCpd() throws java.io.IOException {
        String email = Api.uniqueEmail("journey");
        String password = "quartz harbour 5150";
        LocalDate end = LocalDate.now(ZoneId.of("Europe/London")).minusDays(2);
        try (Browser browser = Browser.start()) {
            try {
                journey(browser, email, password, end);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("engineer-journey-failure");
                throw e;
            }
        }
    }

    private void journey(Browser browser, String email, String password, LocalDate end) throws java.io.IOException {
        {
            browser.open(url("/register.xhtml"));
            browser.click("register-form:register");
            assertEquals("Enter your email address.", browser.messageFor("register-form:email"));
            assertEquals("Enter the name others should see.", browser.messageFor("register-form:displayName"));

            browser.type("register-form:email", email);
            browser.type("register-form:displayName", "Jo Journey");
            browser.type("register-form:password", password);
            browser.type("register-form:passwordRepeat", password);
            browser.click("register-form:register");
            browser.waitForText(".page-messages", "Check your email");
            // Until the email is confirmed, the account does not open.
            browser.type("login-form:email", email);
            browser.type("login-form:password", password);
            browser.click("login-form:sign-in");
            browser.waitForText(".page-messages", "Sign-in failed");
            // The link in the mail, opened as its recipient would, and the button pressed.
            browser.open(Mailbox.confirmationLink(email).replaceFirst("^https?://[^/]+", url("")));
            browser.click("confirm-form:confirm");
            browser.waitForText(".page-messages", "Your email is confirmed");

            Cookie before = browser.driver.manage().getCookieNamed("PORTAL_SESSION");
            browser.type("login-form:email", email);
            browser.type("login-form:password", "not my password 1");
            browser.click("login-form:sign-in");
            browser.waitForText(".page-messages", "Sign-in failed");

            browser.type("login-form:email", email);
            browser.type("login-form:password", password);
            browser.click("login-form:sign-in");
            browser.waitForText("h1", "Welcome, Jo Journey");
            Cookie after = browser.driver.manage().getCookieNamed("PORTAL_SESSION");
            assertNotEquals(before.getValue(), after.getValue(), "the session id changes at sign-in");
            assertTrue(after.isHttpOnly());
            assertEquals("Lax", after.getSameSite());

            browser.open(url("/cpd/index.xhtml"));
            assertTrue(browser.text("[id='cpd-form:activities']").contains("No activities yet"));
            browser.click("cpd-form:add-activity");
            browser.find(Browser.byId("activity-dialog"));
            browser.checkAccessibility();
            browser.type("activity-form:hours", "3.5");
            browser.setDate("activity-form:startDate", end);
            browser.setDate("activity-form:endDate", end.minusDays(1));
            browser.click("activity-form:save-activity");
            assertEquals("Give the activity a title.", browser.messageFor("activity-form:title"));
            assertEquals("The end date cannot be before the start date.", browser.messageFor("activity-form:endDate"));
            browser.checkAccessibility();
            assertTrue(browser.text("[id='cpd-form:activities']").contains("No activities yet"), "nothing saved");

            browser.type("activity-form:title", "Dialysis machine training");
            browser.choose("activity-form:type", "Formal learning");
            browser.setDate("activity-form:endDate", end);
            browser.type("activity-form:learned", "How the hydraulics fail");
            browser.type("activity-form:applied", "Rewrote our planned maintenance steps");
            browser.type("activity-form:benefit", "Fewer cancelled dialysis sessions");
            browser.click("activity-form:save-activity");
            browser.waitForInvisible("activity-dialog");
            browser.waitForText("[id='cpd-form:activities']", "Dialysis machine training");
            assertEquals("3.5 h", browser.text(".total-12-months .figure-value"));

            // Evidence on the activity, then the PDF portfolio with the activity, its reflection and the file.
            browser.click("cpd-form:activities:0:evidence");
            browser.find(Browser.byId("evidence-dialog"));
            browser.checkAccessibility();
            java.nio.file.Path certificate = java.nio.file.Files.createTempDirectory("journey").resolve("dialysis-certificate.pdf");
            java.nio.file.Files.write(certificate, ApiIT.pdf("Dialysis machine training: certificate"));
            browser.driver.findElement(By.cssSelector("[id='evidence-form:file_input']")).sendKeys(certificate.toString());
            browser.waitForText("[id='evidence-form:files']", "dialysis-certificate.pdf");
            browser.driver.findElement(By.cssSelector("[id='evidence-dialog'] .ui-dialog-titlebar-close")).click();
            // The download buttons post the period typed (empty: the last two years) and are sent to this address.
            browser.find(Browser.byId("portfolio-form:portfolio-pdf"));
            String portfolio = ApiIT.pdfText(browser.fetchBytes(url("/cpd/portfolio.pdf")));
            for (String expected : List.of("CPD portfolio", "Jo Journey", "Dialysis machine training",
                    "How the hydraulics fail", "dialysis-certificate.pdf")) {
                assertTrue(portfolio.contains(expected), expected + " in the portfolio:\n" + portfolio);
            }

            assertEquals(401L, browser.fetchStatus("GET", "/api/v1/me"),
                    "the API does not accept the browser's session cookie");
            assertEquals(401L, browser.fetchStatus("DELETE", "/api/v1/me/cpd/1"),
                    "so a forged cross-site request cannot change anything");

            browser.open(url("/index.xhtml"));
            browser.openMenu("Jo Journey");
            browser.click("sign-out");
            browser.waitForText("body", "You have signed out.");
            browser.open(url("/cpd/index.xhtml"));
            assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"));
            assertFalse(browser.driver.findElements(By.cssSelector("[id='login-form:email']")).isEmpty());
        }
    }

    @Test
    void aBodyAdministratorPublishesAFrameworkAndAnEngineersReadinessFollowsTheirSelfAssessment() {
        Api api = new Api(deployment);
        String password = "saffron beacon 6402";
        Api.Registered bodyAdmin = api.registerWith("body", password, "BODY_ADMIN");
        String bodyEmail = bodyAdmin.email();
        String bodyCredentials = bodyAdmin.credentials();
        String engineerEmail = Api.uniqueEmail("assessor-of-self");
        api.registerEngineer(engineerEmail, password);
        String code = "BRW-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser browser = Browser.start()) {
            try {
                buildAndPublish(browser, bodyEmail, password, code);
                String role = defineRole(browser, code);
                assertEquals(200, api.get("roles/" + role, bodyCredentials).status());
                assessAndWatchReadiness(browser, engineerEmail, password, role, code);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("competence-journey-failure");
                throw e;
            }
        }
    }

    private void signIn(Browser browser, String email, String password) {
        browser.signIn(url("/login.xhtml"), email, password);
    }

    private void buildAndPublish(Browser browser, String email, String password, String code) {
        signIn(browser, email, password);
        browser.open(url("/frameworks/index.xhtml"));
        browser.type("draft-form:code", code);
        browser.type("draft-form:title", "Browser-built framework");
        browser.type("draft-form:publisher", "Test body");
        browser.type("draft-form:versionLabel", "1.0");
        browser.click("draft-form:create-draft");
        browser.waitForText("[id='framework-status']", "Draft");

        browser.click("framework-form:add-top");
        browser.find(Browser.byId("node-dialog"));
        browser.checkAccessibility();
        browser.type("node-form:code", code + ".D");
        browser.type("node-form:title", "A domain");
        browser.click("node-form:save-node");
        assertEquals("Has no statement.", browser.messageFor("node-form:statement"));
        browser.type("node-form:statement", "Everything about the domain");
        browser.click("node-form:save-node");
        browser.waitForInvisible("node-dialog");
        browser.waitForText("[id='framework-form:tree']", code + ".D");
        PageChecks.assertFocusOn(browser, "framework-form:add-top");

        browser.click("framework-form:tree:0:add-child");
        browser.find(Browser.byId("node-dialog"));
        browser.type("node-form:code", code + ".D.1");
        browser.type("node-form:title", "Keep the lights on");
        browser.type("node-form:statement", "Keeps essential equipment running");
        browser.click("node-form:save-node");
        browser.waitForInvisible("node-dialog");
        browser.waitForText("[id='framework-form:tree']", "Keep the lights on");
        PageChecks.assertFocusOn(browser, "framework-form:tree:0:add-child");

        browser.click("framework-form:publish");
        browser.click("confirm-yes");
        browser.waitForText("[id='framework-status']", "Published");
    }

    private String defineRole(Browser browser, String code) {
        String role = code + "-ROLE";
        browser.open(url("/competence/role-edit.xhtml"));
        browser.type("role-form:code", role);
        browser.type("role-form:title", "Lights engineer " + code);
        browser.type("role-form:summary", "Keeps the lights on");
        browser.type("role-form:minYears", "0");
        browser.type("role-form:responsibilityLevel", "3");
        browser.click("role-form:add-competency");
        browser.choose("role-form:competencies:0:framework", "Browser-built framework 1.0");
        browser.type("role-form:competencies:0:competency-code", code + ".D.1");
        browser.type("role-form:competencies:0:min-level", "3");
        browser.click("role-form:save-role");
        browser.waitForText("h1", "Role profiles");
        assertTrue(browser.text("body").contains("Lights engineer " + code));
        return role;
    }

    private void assessAndWatchReadiness(Browser browser, String email, String password, String role, String code) {
        signIn(browser, email, password);
        browser.open(url("/competence/readiness.xhtml?role=" + role));
        assertEquals("0", browser.text(".readiness-percent .figure-value").replace("%", "").trim());
        assertTrue(browser.text("[id='requirements']").contains("Not met"));

        browser.open(url("/competence/readiness.xhtml"));
        browser.open(url("/competence/assess.xhtml"));
        // The page opens on the first published framework, often the one just built: choose it only if it is not.
        if (!"Browser-built framework 1.0".equals(browser.text(Browser.byId("choose-form:framework_label")))) {
            browser.choose("choose-form:framework", "Browser-built framework 1.0");
            browser.waitForInvisible("choose-form:framework_panel");
            browser.click("choose-form:show");
        }
        browser.waitForText("[id='assess-list:competencies']", "Keep the lights on");
        browser.click("assess-list:competencies:1:assess");
        browser.find(Browser.byId("assess-dialog"));
        browser.checkAccessibility();
        browser.click("assess-form:save-assessment");
        assertEquals("Choose a level.", browser.messageFor("assess-form:level"));
        // The levels are named from the framework's scale, not bare numbers.
        browser.choose("assess-form:level", "3 — Independent practice");
        browser.type("assess-form:note", "Ran the generators test every month");
        browser.click("assess-form:save-assessment");
        browser.waitForInvisible("assess-dialog");
        browser.waitForText("[id='assess-list:competencies']", "3 — Independent practice");
        PageChecks.assertFocusOn(browser, "assess-list:competencies:1:assess");

        browser.open(url("/competence/readiness.xhtml?role=" + role));
        assertEquals("100", browser.text(".readiness-percent .figure-value").replace("%", "").trim());
        assertTrue(browser.text("[id='requirements']").contains("Level 3 of 3."));
    }

    @Test
    void aHospitalAdministratorDescribesLeadershipAndStaffingAndABoardViewerSeesParityAndABenchmark() {
        Api api = new Api(deployment);
        String password = "cobalt meadow 2250";
        String region = "Journey " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String code = "HJ" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Journey General (test)\","
                + "\"kind\":\"ACUTE\",\"region\":\"" + region + "\",\"beds\":300,\"medicalDevices\":9000}",
                Api.ADMIN).status());
        String adminEmail = api.registerWith("hospital-admin", password, "HOSPITAL_ADMIN").email();
        String viewerEmail = api.registerWith("board", password, "BOARD_VIEWER").email();
        assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + adminEmail + "\"],"
                + "\"boardViewers\":[\"" + viewerEmail + "\"]}", Api.ADMIN).status());
        String admin = Api.basic(adminEmail, password);
        api.post("hospitals/" + code + "/posts", "{\"title\":\"Chief Executive\",\"kind\":\"CHIEF_EXECUTIVE\"}", admin);
        String quarter = Quarter.of(LocalDate.now()).minus(1).toString();
        List<String> peers = peersWithReturns(api, region, quarter, 4);
        try (Browser browser = Browser.start()) {
            try {
                signIn(browser, adminEmail, password);
                browser.open(url("/hospitals/index.xhtml"));
                browser.driver.findElement(By.linkText("Journey General (test)")).click();
                browser.settle();
                addPost(browser, "Chief Healthcare Engineer", "Chief Healthcare Engineer / head of engineering",
                        "Attends the board", "1000000", "5", 0);
                addPost(browser, "Head of Surgery", "Head of Surgery", "Voting board member", "4000000", "5", 0, 5);

                browser.click("nav-staffing");
                assertEquals(quarter, browser.text(Browser.byId("staffing-form:quarter_label")));
                for (int row = 0; row < 6; row++) {
                    String prefix = "staffing-form:lines:" + row + ":";
                    browser.type(prefix + "establishmentFte", "10");
                    browser.type(prefix + "inPostFte", "9");
                    browser.type(prefix + "vacancyFte", row == 0 ? "11" : "1");
                    browser.type(prefix + "agencyFte", "0.5");
                    browser.type(prefix + "leavers", "0");
                    browser.type(prefix + "headcountUnder35", "3");
                    browser.type(prefix + "headcount35To54", "5");
                    browser.type(prefix + "headcount55Plus", "2");
                }
                browser.click("staffing-form:submit-return");
                browser.waitForText(Browser.byId("staffing-form:lines:0:vacancyFte-message"),
                        "Vacancies cannot exceed the establishment");
                assertTrue(browser.text(Browser.byId("history:returns")).contains("No returns yet."));
                browser.type("staffing-form:lines:0:vacancyFte", "1");
                browser.click("staffing-form:submit-return");
                browser.waitForText(Browser.byId("history:returns"), quarter);
                assertTrue(browser.text(Browser.byId("history:returns")).contains("54 / 60"),
                        "in post / establishment totals in the history");

                // "My peers": find a hospital by name, add it, save; the saved list shows it.
                browser.open(url("/hospitals/benchmark.xhtml?code=" + code));
                browser.type("peers-form:peer-query", "Journey peer 1");
                browser.click("peers-form:find-peers");
                browser.waitForText(Browser.byId("peers-form:found-peers"), "Journey peer 1 (test)");
                browser.driver.findElement(By.cssSelector("[id='peers-form:found-peers'] button")).click();
                browser.settle();
                browser.waitForText(Browser.byId("peers-form:peers"), "Journey peer 1 (test)");
                browser.click("peers-form:save-peers");
                browser.waitForText(".ui-growl", "Saved 1 peer");
                assertTrue(browser.text(Browser.byId("peers-form")).contains("Journey peer 1 (test) (" + peers.get(0) + ")"),
                        browser.text(Browser.byId("peers-form")));

                signIn(browser, viewerEmail, password);
                browser.open(url("/hospitals/view.xhtml?code=" + code));
                assertEquals("65%", browser.text(".parity-overall .figure-value").trim());
                assertTrue(browser.text("body").contains("Against the Head of Surgery: 65%"));
                assertTrue(browser.text("body").contains("This hospital has no Chief Nurse post recorded."));
                assertTrue(browser.driver.findElements(By.cssSelector("[id='posts-form:add-post']")).isEmpty(),
                        "a board viewer cannot change the structure");

                browser.click("nav-benchmark");
                browser.choose("benchmark-form:peers", "Same region");
                browser.waitForText(Browser.byId("group-size"), "5 hospitals");
                // Vacancy rate 10 % here; peers 2, 4, 6 and 8 %: median 6 %.
                String vacancyRow = browser.text("[id='benchmark-form:metrics'] tbody tr:first-child");
                // The rank is said as a place ("5th", "joint 2nd"), the page adding "of 5".
                assertTrue(vacancyRow.contains("10.0%") && vacancyRow.contains("6.0%")
                        && vacancyRow.contains("5th of 5"), vacancyRow);
                Object bars = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "var c = Chart.getChart(document.querySelector(\"[id='benchmark-form:bar-chart'] canvas\"));"
                                + " return c ? c.data.datasets[0].data.length : -1;");
                assertEquals(5L, bars, "the bar chart draws one bar per hospital");
                assertTrue(browser.driver.findElements(By.cssSelector("[id='peers-form:save-peers']")).isEmpty(),
                        "a board viewer cannot change the hospital's peers");
                // Another hospital's pages do not exist for this board viewer.
                for (String page : List.of("view", "staffing", "benchmark")) {
                    browser.open(url("/hospitals/" + page + ".xhtml?code=" + peers.get(0)));
                    assertTrue(browser.text("h1").contains("Page not found"), page);
                    assertFalse(browser.text("body").contains("Journey peer 1"), page);
                }
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("hospital-journey-failure");
                throw e;
            }
        }
    }

    @Test
    void anEngineerFindsAMentorWhoAcceptsAndVerifiesAndReadinessFollows() {
        Api api = new Api(deployment);
        String password = "amber lattice 6307";
        String region = "Journey region " + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Registered mentor = api.registerWith("journey-mentor", password, "ENGINEER", "MENTOR");
        Api.Registered engineer = api.registerWith("journey-mentee", password, "ENGINEER");
        String body = api.registerWithRoles("journey-body", password, "BODY_ADMIN");
        long tech2 = 3;
        assertEquals(200, api.put("mentors/me", "{\"region\":\"" + region + "\",\"capacity\":2,\"availability\":"
                + "\"Mornings\",\"published\":true,\"competencies\":[{\"competencyId\":" + tech2 + ",\"level\":4}]}",
                mentor.credentials()).status());
        String role = "J" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String title = "Verified journey role " + role;
        assertEquals(200, api.put("roles/" + role, "{\"title\":\"" + title + "\",\"summary\":\"Test\",\"minYears\":0,"
                + "\"responsibilityLevel\":3,\"qualificationRules\":[],\"competencies\":[{\"competencyId\":" + tech2
                + ",\"minLevel\":3,\"verificationRequired\":true}]}", body).status());
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + tech2 + ",\"level\":3}",
                engineer.credentials()).status());
        try (Browser browser = Browser.start()) {
            try {
                signIn(browser, engineer.email(), password);
                browser.open(url("/competence/readiness.xhtml?role=" + role));
                assertEquals("0", browser.text(".readiness-percent .figure-value").replace("%", "").trim());

                browser.open(url("/mentoring/index.xhtml"));
                browser.choose("find-form:role", title);
                browser.waitForInvisible("find-form:role_panel");
                browser.type("find-form:message", "Could you help me with calibration?");
                browser.click("find-form:suggest");
                browser.waitForText(Browser.byId("find-form:suggestions"), region);
                List<org.openqa.selenium.WebElement> rows = browser.driver.findElements(
                        By.cssSelector("[id='find-form:suggestions'] tbody tr"));
                org.openqa.selenium.WebElement row = rows.stream().filter(r -> r.getText().contains(region)).findFirst()
                        .orElseThrow();
                assertTrue(row.getText().contains("100%"), row.getText());
                row.findElement(By.cssSelector("button")).click();
                browser.settle();
                browser.waitForText(Browser.byId("relationships-form:relationships"), "Waiting for the mentor's answer");
                // Asked once: the mentor is no longer offered, the date of the request stands in its place.
                org.openqa.selenium.WebElement asked = browser.driver.findElements(
                                By.cssSelector("[id='find-form:suggestions'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(region)).findFirst().orElseThrow();
                assertTrue(asked.findElements(By.cssSelector("button")).isEmpty(), asked.getText());
                assertTrue(asked.getText().contains("Asked on"), asked.getText());

                signIn(browser, mentor.email(), password);
                browser.open(url("/mentoring/index.xhtml"));
                browser.click("relationships-form:relationships:0:accept");
                browser.waitForText(Browser.byId("relationships-form:relationships"), "Active");
                browser.driver.findElement(By.cssSelector("[id='relationships-form:relationships:0:open']")).click();
                browser.settle();
                // The engineer's message stays with the relationship, not only in the mentor's notification.
                browser.waitForText(Browser.byId("request-message-text"), "Could you help me with calibration?");
                browser.waitForText(Browser.byId("standing-form:standing"), "TECH.2");
                assertTrue(browser.text(Browser.byId("standing-form:standing")).contains("3 — Independent practice"));
                browser.click("standing-form:standing:0:verify-competency");
                browser.find(Browser.byId("verify-dialog"));
                browser.checkAccessibility();
                browser.choose("verify-form:level", "3 — Independent practice");
                browser.click("verify-form:verify");
                browser.waitForInvisible("verify-dialog");
                browser.waitForText(".ui-growl", "Verification recorded");
                assertFalse(browser.text(Browser.byId("standing-form:standing")).contains("None yet"),
                        "the verified level is shown, named");
                PageChecks.assertFocusOn(browser, "standing-form:standing:0:verify-competency");

                signIn(browser, engineer.email(), password);
                browser.open(url("/competence/readiness.xhtml?role=" + role));
                assertEquals("100", browser.text(".readiness-percent .figure-value").replace("%", "").trim());
                assertTrue(browser.text("[id='requirements']").contains("Verified level 3 of 3."));
                browser.open(url("/notifications.xhtml"));
                assertTrue(browser.text(Browser.byId("notifications-form:notifications"))
                        .contains("verified TECH.2 Maintain and calibrate equipment safely at level 3"));
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("mentoring-journey-failure");
                throw e;
            }
        }
    }

    /** Peer hospitals in the region with vacancy rates of 2, 4, 6, … % for the quarter, made through the API. */
    static List<String> peersWithReturns(Api api, String region, String quarter, int count) {
        List<String> codes = new java.util.ArrayList<>();
        String groupEmail = api.registerWith("group-admin", "cobalt meadow 2250", "HOSPITAL_ADMIN").email();
        StringBuilder csv = new StringBuilder("hospital_code,quarter,staff_group,establishment_fte,in_post_fte,"
                + "vacancy_fte,agency_fte,leavers,headcount_under_35,headcount_35_to_54,headcount_55_plus\n");
        for (int i = 1; i <= count; i++) {
            String code = "PJ" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Journey peer " + i
                    + " (test)\",\"kind\":\"ACUTE\",\"region\":\"" + region + "\",\"beds\":300,\"medicalDevices\":"
                    + "9000,\"consentsToBeNamed\":true}", Api.ADMIN).status());
            assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + groupEmail
                    + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
            codes.add(code);
            for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                    "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE", "MANAGER")) {
                csv.append(code).append(',').append(quarter).append(',').append(group).append(",10,")
                        .append(String.format(java.util.Locale.ROOT, "%.2f,%.2f", 10 - 0.2 * i, 0.2 * i))
                        .append(",0,0,3,5,2\n");
            }
        }
        Api.Answer uploaded = api.postRaw("staffing-returns", "text/csv", csv.toString(),
                Api.basic(groupEmail, "cobalt meadow 2250"));
        assertEquals(201, uploaded.status(), uploaded.body());
        return codes;
    }

    private void addPost(Browser browser, String title, String kind, String seat, String budget, String level,
                         int... powers) {
        browser.click("posts-form:add-post");
        browser.find(Browser.byId("post-dialog"));
        browser.checkAccessibility();
        browser.type("post-form:title", title);
        browser.choose("post-form:kind", kind);
        browser.choose("post-form:reportsToId", "Chief Executive");
        browser.choose("post-form:boardSeat", seat);
        browser.type("post-form:budgetAuthority", budget);
        browser.type("post-form:responsibilityLevel", level);
        browser.driver.findElement(By.cssSelector("[id='post-form:powersRecorded'] .ui-chkbox-box")).click();
        for (int power : powers) {
            browser.driver.findElement(By.cssSelector("label[for='post-form:powers:" + power + "']")).click();
        }
        browser.click("post-form:save-post");
        browser.waitForText("[id='posts-form:posts']", title);
    }
}
