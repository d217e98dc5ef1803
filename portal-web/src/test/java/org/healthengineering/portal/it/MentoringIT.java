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

    private static List<String> mailTo(String email, int atLeast) {
        return Mailbox.subjectsTo(email, atLeast);
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
        assertTrue(mailTo(mentor.email(), 1).contains("A mentoring request"));
        assertEquals(404, api.get("mentorings/" + mentoring, other.credentials()).status());
        assertEquals(403, api.post("mentorings/" + mentoring + "/accept", "", engineer.credentials()).status());
        assertEquals(404, api.post("mentorings/" + mentoring + "/accept", "", otherMentor.credentials()).status());
        assertEquals("ACTIVE", api.post("mentorings/" + mentoring + "/accept", "", mentor.credentials()).json()
                .getJsonObject("relationship").getString("status"));
        assertTrue(mailTo(engineer.email(), 1).contains("Your mentoring request was accepted"));
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
        assertTrue(mailTo(mentor.email(), 2).contains("A request to verify a competency"));
        String verify = "engineers/" + engineerId + "/competencies/" + TECH2 + "/verifications";
        Api.Answer noReason = api.post(verify, "{\"level\":2}", mentor.credentials());
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        assertEquals(404, api.post(verify, "{\"level\":3}", otherMentor.credentials()).status());
        assertEquals(201, api.post(verify, "{\"level\":2,\"reason\":\"Calibration not yet independent\"}",
                mentor.credentials()).status());
        assertTrue(mailTo(engineer.email(), 2).contains("A competency of yours was verified"));
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
        assertTrue(mailTo(assessor.email(), 1).contains("Verifiers disagree about a competency"));
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

    private static JsonObject requirement(JsonObject readiness, String code) {
        return readiness.getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("requirement").startsWith(code + " ")).findFirst().orElseThrow();
    }
}
