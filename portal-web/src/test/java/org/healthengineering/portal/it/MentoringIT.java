package org.healthengineering.portal.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mentoring through the API against a real SMTP server (GreenMail): profiles and suggestions, the relationship
 * lifecycle, private notes, verification by a mentor and an assessor with their disagreement, evidence for
 * verifiers, readiness from verified levels, notifications and the mail they send.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentoringIT {

    private static final String PASSWORD = "willow compass 8842";
    /** Seeded HEP-CORE 1.0 competencies (five-level scale). */
    private static final long TECH2 = 3;
    private static final long LEAD1 = 8;
    private static final long TECH4 = 5;

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private long id(Api.Answer answer) {
        return answer.json().getJsonNumber("id").longValue();
    }

    @Test
    void anEngineerFindsAMentorWhoVerifiesAndAnAssessorSettlesTheirDisagreement() {
        Api.Registered mentor = api.registerWith("mentor", PASSWORD, "ENGINEER", "MENTOR");
        Api.Registered engineer = api.registerWith("mentee", PASSWORD, "ENGINEER");
        Api.Registered other = api.registerWith("other-engineer", PASSWORD, "ENGINEER");
        Api.Registered otherMentor = api.registerWith("other-mentor", PASSWORD, "ENGINEER", "MENTOR");
        Api.Registered assessor = api.registerWith("assessor", PASSWORD, "ASSESSOR");
        String body = api.registerWithRoles("body", PASSWORD, "BODY_ADMIN");
        long mentorId = api.get("me", mentor.credentials()).json().getJsonNumber("id").longValue();
        long engineerId = api.get("me", engineer.credentials()).json().getJsonNumber("id").longValue();

        // The mentor publishes a profile: TECH.2 at 4, LEAD.1 at 2, one place. A level off the scale is refused.
        String profile = "{\"region\":\"North West\",\"capacity\":1,\"availability\":\"Tuesday evenings\","
                + "\"published\":true,\"competencies\":[{\"competencyId\":" + TECH2 + ",\"level\":4},"
                + "{\"competencyId\":" + LEAD1 + ",\"level\":2}]}";
        assertEquals(400, api.put("mentors/me", profile.replace("\"level\":4", "\"level\":9"), mentor.credentials())
                .status());
        assertEquals(403, api.put("mentors/me", profile, engineer.credentials()).status(), "engineers are not mentors");
        assertEquals(200, api.put("mentors/me", profile, mentor.credentials()).status());

        // Search by competency and region.
        assertTrue(api.get("mentors?competency=" + TECH2 + "&region=north%20west", engineer.credentials()).array()
                .getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getJsonNumber("mentorId").longValue() == mentorId));
        assertTrue(api.get("mentors?competency=" + TECH2 + "&region=nowhere", engineer.credentials()).array().isEmpty());

        // A role needing TECH.2 at 3, verified, and LEAD.1 at 3.
        String role = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(200, api.put("roles/" + role, "{\"title\":\"Verified role (test)\",\"summary\":\"Test\","
                + "\"minYears\":0,\"responsibilityLevel\":3,\"qualificationRules\":[],\"competencies\":["
                + "{\"competencyId\":" + TECH2 + ",\"minLevel\":3,\"verificationRequired\":true},"
                + "{\"competencyId\":" + LEAD1 + ",\"minLevel\":3}]}", body).status());
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + TECH2 + ",\"level\":3}",
                engineer.credentials()).status());
        JsonObject tech2 = requirement(api.get("me/readiness/" + role, engineer.credentials()).json(), "TECH.2");
        assertEquals("NOT_MET", tech2.getString("status"));
        assertTrue(tech2.getString("reason").startsWith("Not verified yet"), tech2.toString());

        // Suggestions: the mentor covers TECH.2 fully (4 ≥ 3) and LEAD.1 partly (2 < 3): 75 %.
        JsonObject suggestions = api.get("mentors/suggestions?role=" + role, engineer.credentials()).json();
        JsonObject first = suggestions.getJsonArray("mentors").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("mentor").getJsonNumber("mentorId").longValue() == mentorId)
                .findFirst().orElseThrow();
        assertEquals(75, first.getInt("coveragePercent"));
        assertTrue(first.getString("explanation").contains("partly"), first.toString());
        assertTrue(suggestions.getString("formula").startsWith("Each of your gaps scores 1"));

        // Request → mail to the mentor; nobody else sees the relationship; only the mentor accepts.
        Api.Answer requested = api.post("mentorings", "{\"mentorId\":" + mentorId + ",\"roleCode\":\"" + role + "\","
                + "\"message\":\"Could you help with device maintenance?\"}", engineer.credentials());
        assertEquals(201, requested.status(), requested.body());
        long mentoring = requested.json().getJsonObject("relationship").getJsonNumber("id").longValue();
        assertEquals("REQUESTED", requested.json().getJsonObject("relationship").getString("status"));
        assertTrue(Mailbox.received(mentor.email(), "A mentoring request"));
        assertEquals(404, api.get("mentorings/" + mentoring, other.credentials()).status());
        assertEquals(403, api.post("mentorings/" + mentoring + "/accept", "", engineer.credentials()).status());
        assertEquals(404, api.post("mentorings/" + mentoring + "/accept", "", otherMentor.credentials()).status());
        assertEquals("ACTIVE", api.post("mentorings/" + mentoring + "/accept", "", mentor.credentials()).json()
                .getJsonObject("relationship").getString("status"));
        assertTrue(Mailbox.received(engineer.email(), "Your mentoring request was accepted"));
        assertEquals(409, api.post("mentorings", "{\"mentorId\":" + mentorId + "}", other.credentials()).status(),
                "the mentor's one place is taken");

        // Goals, a meeting with private notes, an action.
        assertEquals(201, api.post("mentorings/" + mentoring + "/goals", "{\"title\":\"Lead a planned maintenance"
                + " review\",\"dueDate\":\"" + LocalDate.now().plusMonths(2) + "\"}", engineer.credentials()).status());
        assertEquals(201, api.post("mentorings/" + mentoring + "/meetings", "{\"heldOn\":\"" + LocalDate.now()
                + "\",\"sharedNotes\":\"Agreed the review scope\",\"privateNote\":\"Mentor's own thoughts\"}",
                mentor.credentials()).status());
        JsonObject seenByEngineer = api.get("mentorings/" + mentoring, engineer.credentials()).json();
        JsonObject meeting = seenByEngineer.getJsonArray("meetings").getJsonObject(0);
        assertEquals("Agreed the review scope", meeting.getString("sharedNotes"));
        assertFalse(meeting.containsKey("myPrivateNote"), "the mentor's private note never reaches the engineer");
        long meetingId = meeting.getJsonNumber("id").longValue();
        api.put("mentorings/" + mentoring + "/meetings/" + meetingId + "/private-note", "{\"note\":\"Engineer's own\"}",
                engineer.credentials());
        assertEquals("Mentor's own thoughts", api.get("mentorings/" + mentoring, mentor.credentials()).json()
                .getJsonArray("meetings").getJsonObject(0).getString("myPrivateNote"));
        assertEquals("Engineer's own", api.get("mentorings/" + mentoring, engineer.credentials()).json()
                .getJsonArray("meetings").getJsonObject(0).getString("myPrivateNote"));
        assertEquals(201, api.post("mentorings/" + mentoring + "/actions", "{\"description\":\"Send the review plan\","
                + "\"ownerId\":" + engineerId + "}", mentor.credentials()).status());

        // Evidence is open to the active mentor, not to another mentor.
        long activity = api.post("me/cpd", "{\"title\":\"Pump servicing\",\"type\":\"WORK_BASED_LEARNING\","
                + "\"startDate\":\"" + LocalDate.now().minusDays(1) + "\",\"endDate\":\"" + LocalDate.now().minusDays(1)
                + "\",\"hours\":2}", engineer.credentials()).json().getJsonNumber("id").longValue();
        long evidence = id(api.postBytes("me/evidence?activity=" + activity + "&name=log.pdf", "application/pdf",
                ApiIT.pdf("Service log"), engineer.credentials()));
        assertEquals(200, api.getBytes("me/evidence/" + evidence, "*/*", mentor.credentials()).statusCode());
        assertEquals(1, api.get("engineers/" + engineerId + "/evidence", mentor.credentials()).array().size());
        assertEquals(404, api.getBytes("me/evidence/" + evidence, "*/*", otherMentor.credentials()).statusCode());

        // The engineer asks for verification; the mentor verifies a different level only with a reason.
        assertEquals(202, api.post("mentorings/" + mentoring + "/verification-requests", "{\"competencyId\":" + TECH2
                + "}", engineer.credentials()).status());
        assertTrue(Mailbox.received(mentor.email(), "A request to verify a competency"));
        String verify = "engineers/" + engineerId + "/competencies/" + TECH2 + "/verifications";
        Api.Answer noReason = api.post(verify, "{\"level\":2}", mentor.credentials());
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        assertEquals(404, api.post(verify, "{\"level\":3}", otherMentor.credentials()).status());
        assertEquals(201, api.post(verify, "{\"level\":2,\"reason\":\"Calibration not yet independent\"}",
                mentor.credentials()).status());
        assertTrue(Mailbox.received(engineer.email(), "A competency of yours was verified"));
        tech2 = requirement(api.get("me/readiness/" + role, engineer.credentials()).json(), "TECH.2");
        assertEquals("Verified level 2 of 3.", tech2.getString("reason"));
        assertEquals("PARTLY_MET", tech2.getString("status"));

        // An assessor says 4: more than one level from the mentor's 2, so it is flagged for assessors.
        assertEquals(201, api.post(verify, "{\"level\":4,\"reason\":\"Observed three independent calibrations\"}",
                assessor.credentials()).status());
        JsonArray disputes = api.get("verification-disputes", assessor.credentials()).array();
        assertTrue(disputes.getValuesAs(JsonObject.class).stream().anyMatch(d ->
                d.getJsonNumber("engineerId").longValue() == engineerId), disputes.toString());
        assertEquals(403, api.get("verification-disputes", mentor.credentials()).status());
        assertTrue(Mailbox.received(assessor.email(), "Verifiers disagree about a competency"));
        List<String> sources = api.get("engineers/" + engineerId + "/competencies/" + TECH2 + "/assessments",
                        mentor.credentials()).array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("source")).toList();
        assertEquals(List.of("SELF", "MENTOR", "ASSESSOR"), sources);
        assertEquals("MET", requirement(api.get("me/readiness/" + role, engineer.credentials()).json(), "TECH.2")
                .getString("status"), "the latest verified level (4) now counts");

        // Notifications on the engineer's list; closing ends the mentor's access.
        JsonArray notifications = api.get("me/notifications", engineer.credentials()).array();
        assertTrue(notifications.getValuesAs(JsonObject.class).stream().map(n -> n.getString("kind")).toList()
                .containsAll(List.of("MENTORING_ACCEPTED", "COMPETENCY_VERIFIED")));
        assertEquals(0, api.get("me/notifications", other.credentials()).array().size());
        assertEquals(204, api.post("me/notifications/read", "", engineer.credentials()).status());
        assertEquals("CLOSED", api.post("mentorings/" + mentoring + "/close", "", engineer.credentials()).json()
                .getJsonObject("relationship").getString("status"));
        assertEquals(404, api.post(verify, "{\"level\":3}", mentor.credentials()).status());
        assertEquals(404, api.getBytes("me/evidence/" + evidence, "*/*", mentor.credentials()).statusCode());
        assertEquals(409, api.post("mentorings/" + mentoring + "/goals", "{\"title\":\"x\",\"dueDate\":\"2030-01-01\"}",
                engineer.credentials()).status());
    }

    /**
     * In the pages: an engineer already mentored is not offered that mentor again; the request's message stays on
     * the relationship's page; the engineer asks for a verification choosing a named level; an assessor settles a
     * disagreement choosing a named level of the competency's scale, and the focus returns to the button that
     * opened the dialog. Everything also fits a phone's width.
     */
    @Test
    void anEngineerIsNotOfferedTheirMentorAgainAndAnAssessorSettlesWithANamedLevel() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Api.Registered mentor = named("Morgan Mentor " + suffix, "ENGINEER", "MENTOR");
        Api.Registered otherMentor = named("Olive Other " + suffix, "ENGINEER", "MENTOR");
        Api.Registered engineer = named("Eddie Engineer " + suffix, "ENGINEER");
        Api.Registered assessor = named("Asha Assessor " + suffix, "ASSESSOR");
        String body = api.registerWithRoles("body", PASSWORD, "BODY_ADMIN");
        long mentorId = api.get("me", mentor.credentials()).json().getJsonNumber("id").longValue();
        long engineerId = api.get("me", engineer.credentials()).json().getJsonNumber("id").longValue();
        String region = "Pages region " + suffix;
        for (Api.Registered m : List.of(mentor, otherMentor)) {
            assertEquals(200, api.put("mentors/me", "{\"region\":\"" + region + (m == mentor ? " A" : " B")
                    + "\",\"capacity\":2,\"availability\":\"Mornings\",\"published\":true,\"competencies\":["
                    + "{\"competencyId\":" + TECH4 + ",\"level\":4}]}", m.credentials()).status());
        }
        String role = "P" + suffix.toUpperCase();
        String title = "Networked systems role " + suffix;
        assertEquals(200, api.put("roles/" + role, "{\"title\":\"" + title + "\",\"summary\":\"Test\",\"minYears\":0,"
                + "\"responsibilityLevel\":3,\"qualificationRules\":[],\"competencies\":[{\"competencyId\":" + TECH4
                + ",\"minLevel\":3,\"verificationRequired\":true}]}", body).status());
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + TECH4 + ",\"level\":3}",
                engineer.credentials()).status());
        Api.Answer requested = api.post("mentorings", "{\"mentorId\":" + mentorId + ",\"roleCode\":\"" + role
                + "\",\"message\":\"I look after the infusion pump network.\"}", engineer.credentials());
        assertEquals(201, requested.status(), requested.body());
        long mentoring = requested.json().getJsonObject("relationship").getJsonNumber("id").longValue();
        assertEquals(200, api.post("mentorings/" + mentoring + "/accept", "", mentor.credentials()).status());
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(url("/mentoring/index.xhtml"));
                browser.choose("find-form:role", title);
                browser.waitForInvisible("find-form:role_panel");
                browser.click("find-form:suggest");
                browser.waitForText(Browser.byId("find-form:suggestions"), region + " A");
                org.openqa.selenium.WebElement mine = suggestion(browser, region + " A");
                assertTrue(mine.findElements(org.openqa.selenium.By.cssSelector("button")).isEmpty(),
                        "no Ask for the engineer's own mentor: " + mine.getText());
                assertTrue(mine.getText().contains("Your mentor since"), mine.getText());
                assertFalse(suggestion(browser, region + " B").findElements(org.openqa.selenium.By.cssSelector("button"))
                        .isEmpty(), "another mentor can still be asked");
                PageChecks.phone(browser);
                PageChecks.assertNoSidewaysScrolling(browser);

                browser.open(url("/mentoring/view.xhtml?id=" + mentoring));
                PageChecks.assertNoSidewaysScrolling(browser);
                PageChecks.desktop(browser);
                assertEquals("I look after the infusion pump network.", browser.text(Browser.byId("request-message-text")));
                assertTrue(browser.text(Browser.byId("status")).contains("Active"), browser.text(Browser.byId("status")));
                assertTrue(browser.text(Browser.byId("status")).contains(title), "the role's title, not its code");
                browser.choose("request-form:competency",
                        "TECH.4 Secure networked medical systems (my level: 3 — Independent practice)");
                browser.click("request-form:ask");
                browser.waitForText(".ui-growl", "Your mentor has been asked.");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("mentoring-pages-engineer-failure");
                throw e;
            }

            String verify = "engineers/" + engineerId + "/competencies/" + TECH4 + "/verifications";
            assertEquals(201, api.post(verify, "{\"level\":2,\"reason\":\"Not yet on the new network\"}",
                    mentor.credentials()).status());
            assertEquals(201, api.post(verify, "{\"level\":4,\"reason\":\"Runs the segmentation project\"}",
                    assessor.credentials()).status());
            try {
                browser.signIn(url("/login.xhtml"), assessor.email(), PASSWORD);
                browser.open(url("/mentoring/disputes.xhtml"));
                int row = disputeRow(browser, "Eddie Engineer " + suffix);
                String levels = browser.text(Browser.byId("disputes-form:disputes") + " tbody tr:nth-child(" + (row + 1) + ")");
                assertTrue(levels.contains("Morgan Mentor " + suffix + ": 2 — Assisted practice"), levels);
                assertTrue(levels.contains("Asha Assessor " + suffix + ": 4 — Leads others"), levels);
                String settle = "disputes-form:disputes:" + row + ":settle";
                browser.click(settle);
                browser.find(Browser.byId("settle-dialog"));
                browser.checkAccessibility();
                browser.click("settle-form:save-settlement");
                assertEquals("Choose the level you judge.", browser.messageFor("settle-form:level"));
                browser.choose("settle-form:level", "5 — Sets direction");
                browser.type("settle-form:reason", "Sets the trust's network security policy");
                browser.click("settle-form:save-settlement");
                browser.waitForInvisible("settle-dialog");
                browser.waitForText(".ui-growl", "Your verification is recorded.");
                row = disputeRow(browser, "Eddie Engineer " + suffix);
                assertTrue(browser.text(Browser.byId("disputes-form:disputes") + " tbody tr:nth-child(" + (row + 1) + ")")
                        .contains("Asha Assessor " + suffix + ": 5 — Sets direction"), "the assessor's latest word");
                PageChecks.assertFocusOn(browser, "disputes-form:disputes:" + row + ":settle");
                PageChecks.phone(browser);
                browser.open(url("/mentoring/disputes.xhtml"));
                PageChecks.assertNoSidewaysScrolling(browser);
                browser.click("disputes-form:disputes:" + disputeRow(browser, "Eddie Engineer " + suffix) + ":settle");
                browser.find(Browser.byId("settle-dialog"));
                PageChecks.assertNoSidewaysScrolling(browser);
                PageChecks.desktop(browser);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("mentoring-pages-assessor-failure");
                throw e;
            }
        }
        List<Integer> levels = api.get("engineers/" + engineerId + "/competencies/" + TECH4 + "/assessments",
                        mentor.credentials()).array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getInt("level")).toList();
        assertEquals(List.of(3, 2, 4, 5), levels, "self, mentor, assessor, and the assessor's settlement");
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    /** An account with its own display name (so its rows can be told apart on shared pages) and the roles named. */
    private Api.Registered named(String displayName, String... roles) {
        String email = Api.uniqueEmail("pages");
        Api.Answer registered = api.post("accounts", "{\"email\":\"" + email + "\",\"displayName\":\"" + displayName
                + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(202, registered.status(), registered.body());
        assertEquals(200, api.post("accounts/confirmations", "{\"token\":\"" + Mailbox.confirmationToken(email) + "\"}",
                null).status());
        String credentials = Api.basic(email, PASSWORD);
        long id = api.get("me", credentials).json().getJsonNumber("id").longValue();
        String list = String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList());
        assertEquals(200, api.put("accounts/" + id + "/roles", "{\"roles\":[" + list + "]}", Api.ADMIN).status());
        return new Api.Registered(email, credentials);
    }

    private static org.openqa.selenium.WebElement suggestion(Browser browser, String region) {
        return browser.driver.findElements(org.openqa.selenium.By.cssSelector("[id='find-form:suggestions'] tbody tr"))
                .stream().filter(r -> r.getText().contains(region + " ·")).findFirst().orElseThrow(
                        () -> new AssertionError("no suggestion from " + region));
    }

    /** The index of the disputes table's row about this engineer. */
    private static int disputeRow(Browser browser, String engineerName) {
        browser.find(Browser.byId("disputes-form:disputes"));
        List<org.openqa.selenium.WebElement> rows = browser.driver.findElements(
                org.openqa.selenium.By.cssSelector("[id='disputes-form:disputes'] tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(engineerName)) {
                return i;
            }
        }
        throw new AssertionError("no dispute about " + engineerName + " in " + rows.size() + " rows");
    }

    private static JsonObject requirement(JsonObject readiness, String code) {
        return readiness.getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("requirement").startsWith(code + " ")).findFirst().orElseThrow();
    }
}
