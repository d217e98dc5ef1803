package org.healthengineering.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Course accreditation through the API (issue 11), on days the test chooses (the portal's clock is moved through
 * {@link ChosenDayResource}; days in the past, so that what the test records never looks newer than what later
 * tests of the same run record in the shared database): a provider drafts and submits, the body checks, assigns reviewers and decides, the
 * provider answers conditions and files returns, completions become verified CPD, the public directory lists the
 * course while it is accredited; refusals are appealed, approvals expire and are withdrawn. Every test builds its
 * own body, provider and people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursesIT {

    private static final String PASSWORD = "harbour lantern 5531";
    /** TECH.2 of the seeded, published framework HEP-CORE (levels 1 to 5). */
    private static final int COMPETENCY = 3;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(ChosenDay.class, ChosenDayResource.class);
    }

    private record Cast(Api api, String body, String bodyCode, String providerCode, Api.Registered staff,
                        Api.Registered otherStaff, Api.Registered assessor, Api.Registered secondAssessor,
                        Api.Registered bodyAdmin) {
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private void today(Api api, LocalDate day) {
        assertEquals(204, api.putRaw("test/today", "text/plain", day.toString(), null).status());
    }

    /** A body of the test's own with a daily cap of 6, a provider with one member, another provider, two assessors. */
    private Cast cast() {
        Api api = new Api(deployment);
        Api.Registered bodyAdmin = api.registerWith("accrediting-admin", PASSWORD, "BODY_ADMIN");
        String body = bodyAdmin.credentials();
        String bodyCode = unique("B");
        assertEquals(200, api.put("bodies/" + bodyCode, "{\"name\":\"Test body " + bodyCode + "\",\"cpdPolicy\":"
                + "\"Yearly CPD\",\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,"
                + "\"requiredTypes\":[]}", body).status());
        Api.Answer rules = api.put("bodies/" + bodyCode + "/accreditation", "{\"dailyCreditCap\":6,\"criteria\":["
                + "\"Outcomes mapped\",\"Hours evidenced\"]}", body);
        assertEquals(200, rules.status(), rules.body());
        Api.Registered staff = api.registerWith("course-provider", PASSWORD, "TRAINING_PROVIDER");
        Api.Registered otherStaff = api.registerWith("other-provider", PASSWORD, "TRAINING_PROVIDER");
        String providerCode = unique("P");
        String otherCode = unique("Q");
        for (String[] p : List.of(new String[]{providerCode, staff.email()}, new String[]{otherCode, otherStaff.email()})) {
            assertEquals(201, api.post("providers", "{\"code\":\"" + p[0] + "\",\"name\":\"Provider " + p[0]
                    + " (test)\",\"contactEmail\":\"courses@example.org\"}", body).status());
            assertEquals(200, api.put("providers/" + p[0] + "/members", "{\"members\":[\"" + p[1] + "\"]}", body)
                    .status());
        }
        return new Cast(api, body, bodyCode, providerCode, staff, otherStaff,
                api.registerWith("course-reviewer", PASSWORD, "ASSESSOR"),
                api.registerWith("second-reviewer", PASSWORD, "ASSESSOR"), bodyAdmin);
    }

    private static String content(String bodyCode, String title, String kind, LocalDate first) {
        return "{\"bodyCode\":\"" + bodyCode + "\",\"title\":\"" + title + "\",\"kind\":\"" + kind + "\","
                + "\"summary\":\"Two days on infusion devices: set-up, failure modes, incident reporting.\","
                + "\"audience\":\"Clinical engineers and technologists\",\"delivery\":\"IN_PERSON\","
                + "\"location\":\"Leeds General Infirmary\",\"faculty\":\"Two consultant clinical scientists\","
                + "\"assessmentMethod\":\"A practical test at the bench\","
                + "\"evaluationMethod\":\"Feedback at the end and after three months\",\"sponsored\":false,"
                + "\"sessions\":[{\"day\":\"" + first + "\",\"contactHours\":8,\"breakHours\":1},"
                + "{\"day\":\"" + first.plusDays(1) + "\",\"contactHours\":4}],"
                + "\"outcomes\":[{\"text\":\"Set up and check an infusion pump safely\",\"competencyId\":" + COMPETENCY
                + ",\"level\":3}]}";
    }

    private static String review(String recommendation) {
        return "{\"declaredNoConflict\":true,\"judgements\":[{\"criterion\":\"Outcomes mapped\",\"grade\":\"MET\"},"
                + "{\"criterion\":\"Hours evidenced\",\"grade\":\"PARTLY_MET\",\"comment\":\"Timetable thin\"}],"
                + "\"recommendation\":\"" + recommendation + "\",\"comments\":\"A sound course\"}";
    }

    @Test
    void aCourseGoesFromDraftToApprovalItsCompletionsBecomeVerifiedCpdAndAWithdrawalEndsIt() {
        Cast c = cast();
        Api api = c.api();
        LocalDate d0 = LocalDate.of(2011, 3, 3);
        today(api, d0);
        String title = unique("Infusion pump safety ");

        // Drafting: every problem at once, nothing stored; a competency must exist in a published framework.
        Api.Answer refused = api.post("providers/" + c.providerCode() + "/courses", "{\"bodyCode\":\"" + c.bodyCode()
                + "\",\"kind\":\"WORKSHOP\",\"delivery\":\"IN_PERSON\",\"sessions\":[{\"day\":\"next week\","
                + "\"contactHours\":0.3}],\"outcomes\":[{\"text\":\"x\",\"competencyId\":999999,\"level\":3}]}",
                c.staff().credentials());
        assertEquals(400, refused.status(), refused.body());
        for (String field : List.of("kind", "title", "summary", "location", "sessions[0].day",
                "sessions[0].contactHours", "outcomes[0].competency")) {
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), field + " in " + refused.body());
        }
        assertEquals(0, api.get("providers/" + c.providerCode() + "/courses", c.staff().credentials()).array().size());
        assertEquals(404, api.post("providers/" + c.providerCode() + "/courses", content(c.bodyCode(), title, "COURSE",
                d0.plusDays(7)), c.otherStaff().credentials()).status(), "another provider's member");

        Api.Answer drafted = api.post("providers/" + c.providerCode() + "/courses",
                content(c.bodyCode(), title, "COURSE", d0.plusDays(7)), c.staff().credentials());
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().getJsonNumber("id").longValue();
        String course = "courses/" + id;
        assertEquals("DRAFT", drafted.json().getString("status"));
        assertEquals(404, api.get(course, c.otherStaff().credentials()).status(), "another provider sees nothing");
        assertEquals(404, api.get(course, c.assessor().credentials()).status(), "not yet a reviewer");

        // Submitted, it is frozen; the body's check sends it to review.
        assertEquals("SUBMITTED", api.post(course + "/submission", "", c.staff().credentials()).json()
                .getString("status"));
        assertEquals(409, api.put(course, content(c.bodyCode(), title, "COURSE", d0.plusDays(7)),
                c.staff().credentials()).status());
        assertEquals(403, api.post(course + "/administrative-check", "{\"complete\":true}", c.staff().credentials())
                .status());
        assertEquals("UNDER_REVIEW", api.post(course + "/administrative-check", "{\"complete\":true}", c.body())
                .json().getString("status"));

        // Reviewers: assessors or body administrators, never the provider's own; they declare and judge.
        Api.Answer wrongReviewer = api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.staff().email() + "\"]}",
                c.body());
        assertEquals(400, wrongReviewer.status(), wrongReviewer.body());
        assertEquals(400, api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.assessor().email() + "\",\""
                + c.secondAssessor().email() + "\"]}", c.body()).status(), "a course has one reviewer");
        assertEquals(200, api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.assessor().email() + "\"]}",
                c.body()).status());
        JsonArray toReview = api.get("courses/to-review", c.assessor().credentials()).array();
        assertTrue(toReview.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(404, api.get(course, c.secondAssessor().credentials()).status());
        assertEquals(404, api.post(course + "/reviews", review("APPROVED"), c.secondAssessor().credentials())
                .status(), "only the assigned reviewer reviews");
        assertEquals(409, api.post(course + "/decision", "{\"decision\":\"APPROVED\",\"validFrom\":\"" + d0
                + "\",\"validUntil\":\"" + d0.plusYears(2) + "\"}", c.body()).status(), "the review is not in yet");
        Api.Answer undeclared = api.post(course + "/reviews", "{\"declaredNoConflict\":false,\"judgements\":[],"
                + "\"recommendation\":\"MAYBE\"}", c.assessor().credentials());
        assertEquals(400, undeclared.status());
        assertTrue(undeclared.body().contains("\"field\":\"recommendation\""), undeclared.body());
        assertEquals(200, api.post(course + "/reviews", review("APPROVED_WITH_CONDITIONS"),
                c.assessor().credentials()).status());

        // The decision: approved with a condition; credit capped at 6 a day (7 + 4 → 6 + 4).
        Api.Answer decided = api.post(course + "/decision", "{\"decision\":\"APPROVED_WITH_CONDITIONS\",\"note\":"
                + "\"Publish the timetable\",\"validFrom\":\"" + d0 + "\",\"validUntil\":\"" + d0.plusYears(2)
                + "\",\"conditions\":[{\"requirement\":\"Publish the timetable\",\"dueOn\":\"" + d0.plusDays(60)
                + "\"}]}", c.body());
        assertEquals(200, decided.status(), decided.body());
        JsonObject approved = decided.json();
        String code = approved.getString("approvalCode");
        assertTrue(code.startsWith(c.bodyCode() + "-2011-"), code);
        assertEquals(10, approved.getJsonNumber("credits").intValue());

        // The public directory lists it for anyone, by text, competency and body.
        JsonObject found = api.get("accredited-courses?competency=" + COMPETENCY + "&level=3&body=" + c.bodyCode(),
                null).json();
        assertEquals(1, found.getInt("total"), found.toString());
        JsonObject entry = found.getJsonArray("items").getJsonObject(0);
        assertEquals(code, entry.getString("approvalCode"));
        assertEquals("TECH.2", entry.getJsonArray("outcomes").getJsonObject(0).getString("competencyCode"));
        assertEquals(0, api.get("accredited-courses?competency=" + COMPETENCY + "&level=4&body=" + c.bodyCode(), null)
                .json().getInt("total"), "it builds TECH.2 to level 3, not 4");
        assertEquals(1, api.get("accredited-courses?q=" + title.replace(" ", "%20"), null).json().getInt("total"));
        Api.Answer badSearch = api.get("accredited-courses?competency=x&delivery=BY_PIGEON&limit=1000", null);
        assertEquals(400, badSearch.status());
        for (String field : List.of("competency", "delivery", "limit")) {
            assertTrue(badSearch.body().contains("\"field\":\"" + field + "\""), field + " in " + badSearch.body());
        }

        // The condition answered and signed off: a plain approval.
        assertEquals(409, api.post(course + "/conditions/1/sign-off", "", c.body()).status(), "not answered yet");
        assertEquals(200, api.put(course + "/conditions/1/response", "{\"response\":\"Published on our site\"}",
                c.staff().credentials()).status());
        assertEquals("APPROVED", api.post(course + "/conditions/1/sign-off", "", c.body()).json().getString("status"));

        // Completions after the course: all or nothing, every bad row listed.
        today(api, d0.plusDays(20));
        Api.Registered engineer = api.registerWith("course-attendee", PASSWORD, "ENGINEER");
        String newcomer = Api.uniqueEmail("newcomer");
        Api.Answer badRows = api.post(course + "/completions", "{\"rows\":["
                + "{\"email\":\"" + engineer.email() + "\",\"completedOn\":\"" + d0.plusDays(8) + "\",\"hours\":10},"
                + "{\"email\":\"not-an-email\",\"completedOn\":\"" + d0.plusDays(8) + "\",\"hours\":6},"
                + "{\"email\":\"" + newcomer + "\",\"completedOn\":\"" + d0.minusDays(1) + "\",\"hours\":6},"
                + "{\"email\":\"" + newcomer + "\",\"completedOn\":\"" + d0.plusDays(8) + "\",\"hours\":12}]}",
                c.staff().credentials());
        assertEquals(400, badRows.status(), badRows.body());
        for (String field : List.of("rows[1].email", "rows[2].completedOn", "rows[3].hours")) {
            assertTrue(badRows.body().contains("\"field\":\"" + field + "\""), field + " in " + badRows.body());
        }
        assertTrue(badRows.body().contains("Before the accreditation started"), badRows.body());
        assertEquals(0, api.get(course + "/completions", c.staff().credentials()).array().size(), "nothing saved");
        assertEquals(404, api.post(course + "/completions", "{\"rows\":[]}", c.otherStaff().credentials()).status());

        String good = "{\"rows\":[{\"email\":\"" + engineer.email() + "\",\"completedOn\":\"" + d0.plusDays(8)
                + "\",\"hours\":10},{\"email\":\"" + newcomer + "\",\"completedOn\":\"" + d0.plusDays(8)
                + "\",\"hours\":6.5}]}";
        Api.Answer recorded = api.post(course + "/completions", good, c.staff().credentials());
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(1, recorded.json().getInt("verifiedActivities"));
        assertEquals(1, recorded.json().getInt("waiting"));
        assertEquals(400, api.post(course + "/completions", good, c.staff().credentials()).status(),
                "the same completions are not recorded twice");
        Api.Answer csv = api.postRaw(course + "/completions", "text/csv", "email,completed_on,hours\r\n"
                + Api.uniqueEmail("csv") + ",2031-03-12,2\r\n" + Api.uniqueEmail("csv") + ",12/03/2031,two\r\n",
                c.staff().credentials());
        assertEquals(400, csv.status(), csv.body());
        assertTrue(csv.body().contains("row 3, completed_on") && csv.body().contains("row 3, hours"), csv.body());
        assertEquals(2, api.get(course + "/completions", c.staff().credentials()).array().size());

        // The engineer's verified activity: its source, and dates and hours they cannot change.
        JsonObject activity = api.get("me/cpd", engineer.credentials()).json().getJsonArray("items").getJsonObject(0);
        assertTrue(activity.getString("verifiedSource").contains(code), activity.toString());
        assertEquals(10, activity.getJsonNumber("hours").intValue());
        Api.Answer changed = api.put("me/cpd/" + activity.getJsonNumber("id"), activity.toString()
                .replace("\"hours\":10", "\"hours\":12"), engineer.credentials());
        assertEquals(400, changed.status(), changed.body());
        assertTrue(changed.body().contains("\"field\":\"hours\""), changed.body());
        Api.Answer reflected = api.put("me/cpd/" + activity.getJsonNumber("id"), activity.toString()
                .replace("\"learned\":\"\"", "\"learned\":\"How pumps fail\""), engineer.credentials());
        assertEquals(200, reflected.status(), reflected.body());

        // The waiting completion becomes the newcomer's when they confirm an account with that email.
        String newcomerCredentials = api.registerEngineer(newcomer, PASSWORD);
        JsonArray theirs = api.get("me/cpd", newcomerCredentials).json().getJsonArray("items");
        assertEquals(1, theirs.size(), theirs.toString());
        assertTrue(theirs.getJsonObject(0).getString("verifiedSource").contains(code));

        // Annual returns open near the anniversary.
        assertEquals(409, api.post(course + "/annual-returns", "{\"cohorts\":2,\"participants\":24,"
                + "\"evaluationSummary\":\"Rated 4.6 of 5\"}", c.staff().credentials()).status());
        today(api, d0.plusYears(1).plusDays(1));
        Api.Answer filed = api.post(course + "/annual-returns", "{\"cohorts\":2,\"participants\":24,"
                + "\"evaluationSummary\":\"Rated 4.6 of 5\",\"changes\":\"A third trainer\"}", c.staff().credentials());
        assertEquals(200, filed.status(), filed.body());
        assertEquals(1, filed.json().getJsonArray("annualReturns").getJsonObject(0).getInt("year"));

        // The engineer's completion is an Open Badges credential of the body's, a Course with its credits.
        JsonObject completed = api.get("me/credentials", engineer.credentials()).array().getValuesAs(JsonObject.class)
                .stream().filter(k -> k.getString("kind").equals("COURSE")).findFirst().orElseThrow();
        assertEquals("ACTIVE", completed.getString("state"));
        String badge = api.get("credentials/" + completed.getString("publicId"), null).body();
        JsonObject subject = Json.createReader(new java.io.StringReader(badge)).readObject()
                .getJsonObject("credentialSubject");
        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("Course", achievement.getString("achievementType"), badge);
        assertEquals(0, achievement.getJsonNumber("creditsAvailable").bigDecimalValue().compareTo(BigDecimal.TEN), badge);
        assertTrue(subject.getString("activityStartDate").startsWith(d0.plusDays(8).toString())
                && subject.getString("activityEndDate").startsWith(d0.plusDays(8).toString()), badge);
        // The newcomer's completion of the same 10-hour course recorded 6.5 hours: that is what they earned.
        JsonObject newcomers = api.get("me/credentials", newcomerCredentials).array().getValuesAs(JsonObject.class)
                .stream().filter(k -> k.getString("kind").equals("COURSE")).findFirst().orElseThrow();
        String theirBadge = api.get("credentials/" + newcomers.getString("publicId"), null).body();
        JsonObject theirSubject = Json.createReader(new java.io.StringReader(theirBadge)).readObject()
                .getJsonObject("credentialSubject");
        assertEquals(0, theirSubject.getJsonNumber("creditsEarned").bigDecimalValue().compareTo(new BigDecimal("6.5")),
                theirBadge);
        assertEquals(0, theirSubject.getJsonObject("achievement").getJsonNumber("creditsAvailable").bigDecimalValue()
                .compareTo(BigDecimal.TEN), theirBadge);

        // Withdrawal from a date: completions before it stay valid, after it are refused; the directory drops it.
        LocalDate effective = d0.plusYears(1).plusDays(10);
        assertEquals(403, api.post(course + "/withdrawal", "{\"reason\":\"x\",\"effectiveOn\":\"" + effective + "\"}",
                c.staff().credentials()).status());
        Api.Answer withdrawn = api.post(course + "/withdrawal", "{\"reason\":\"The faculty left\",\"effectiveOn\":\""
                + effective + "\",\"revokeCredentials\":true}", c.body());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        JsonObject revoked = api.get("me/credentials/" + completed.getJsonNumber("id"), engineer.credentials()).json();
        assertEquals("REVOKED", revoked.getString("state"), "this withdrawal revokes the completions' credentials");
        assertTrue(revoked.getString("stateReason").contains("The faculty left"), revoked.toString());
        today(api, effective.plusDays(1));
        assertEquals(200, api.post(course + "/completions", "{\"rows\":[{\"email\":\"" + Api.uniqueEmail("late")
                + "\",\"completedOn\":\"" + effective.minusDays(1) + "\",\"hours\":3}]}", c.staff().credentials())
                .status(), "a completion before the withdrawal stays valid");
        Api.Answer after = api.post(course + "/completions", "{\"rows\":[{\"email\":\"" + Api.uniqueEmail("late")
                + "\",\"completedOn\":\"" + effective + "\",\"hours\":3}]}", c.staff().credentials());
        assertEquals(400, after.status(), after.body());
        assertEquals(0, api.get("accredited-courses?body=" + c.bodyCode(), null).json().getInt("total"));
        assertEquals(404, api.get("accredited-courses/" + id, null).status());
    }

    @Test
    void programmesHaveTwoReviewersRefusalsAreAppealedAndApprovalsExpireWithReminders() {
        Cast c = cast();
        Api api = c.api();
        LocalDate d0 = LocalDate.of(2013, 5, 2);
        today(api, d0);
        String title = unique("Clinical engineering leadership programme ");
        Api.Answer drafted = api.post("providers/" + c.providerCode() + "/courses", content(c.bodyCode(), title,
                "PROGRAMME", d0.plusDays(14)), c.staff().credentials());
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().getJsonNumber("id").longValue();
        String course = "courses/" + id;
        api.post(course + "/submission", "", c.staff().credentials());
        api.post(course + "/administrative-check", "{\"complete\":true}", c.body());
        assertEquals(400, api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.assessor().email() + "\"]}",
                c.body()).status(), "a programme has two reviewers");
        assertEquals(200, api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.assessor().email() + "\",\""
                + c.secondAssessor().email() + "\"]}", c.body()).status());
        api.post(course + "/reviews", review("REFUSED"), c.assessor().credentials());
        api.post(course + "/reviews", review("REFUSED"), c.secondAssessor().credentials());
        assertEquals(400, api.post(course + "/decision", "{\"decision\":\"REFUSED\"}", c.body()).status(),
                "a refusal gives its reasons");
        assertEquals("REFUSED", api.post(course + "/decision", "{\"decision\":\"REFUSED\",\"note\":\"The outcomes "
                + "are not mapped\"}", c.body()).json().getString("status"));

        // The provider appeals once; the body upholds it and the course is reviewed again.
        assertEquals(200, api.post(course + "/appeal", "{\"grounds\":\"The mapping is in appendix B\"}",
                c.staff().credentials()).status());
        assertEquals(409, api.post(course + "/appeal", "{\"grounds\":\"Again\"}", c.staff().credentials()).status());
        Api.Answer upheld = api.post(course + "/appeal/decision", "{\"outcome\":\"UPHELD\",\"note\":\"Appendix B was "
                + "missed\"}", c.body());
        assertEquals(200, upheld.status(), upheld.body());
        assertEquals("UNDER_REVIEW", upheld.json().getString("status"));
        assertEquals(2, upheld.json().getInt("round"));
        api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.assessor().email() + "\",\""
                + c.secondAssessor().email() + "\"]}", c.body());
        api.post(course + "/reviews", review("APPROVED"), c.assessor().credentials());
        api.post(course + "/reviews", review("APPROVED"), c.secondAssessor().credentials());
        LocalDate until = d0.plusDays(100);
        assertEquals("APPROVED", api.post(course + "/decision", "{\"decision\":\"APPROVED\",\"validFrom\":\"" + d0
                + "\",\"validUntil\":\"" + until + "\"}", c.body()).json().getString("status"));

        // The calendar: 90 days ahead one reminder, once however often it runs; then 30 days; then expiry.
        today(api, until.minusDays(90));
        assertTrue(api.post("operations/course-calendar", "", Api.ADMIN).json().getInt("expiryReminders") >= 1);
        assertEquals(0, remindersAfterAnotherRun(api, c, title), "the second run of the day sends nothing again");
        assertEquals(1, countNotifications(api, c.staff(), title, "expires on"));
        today(api, until.minusDays(30));
        api.post("operations/course-calendar", "", Api.ADMIN);
        assertEquals(2, countNotifications(api, c.staff(), title, "expires on"));
        today(api, until.plusDays(1));
        assertTrue(api.post("operations/course-calendar", "", Api.ADMIN).json().getInt("expired") >= 1);
        assertEquals("EXPIRED", api.get(course, c.staff().credentials()).json().getString("status"));
        assertEquals(404, api.get("accredited-courses/" + id, null).status());
        assertFalse(api.get("accredited-courses?provider=" + c.providerCode(), null).body().contains(title));
    }

    @Test
    void listsOfCoursesAndTheDirectoryRunAFixedNumberOfStatementsHoweverManyCourses() throws Exception {
        Cast c = cast();
        Api api = c.api();
        LocalDate d0 = LocalDate.of(2015, 6, 1);
        today(api, d0);
        String word = unique("Statements ");
        approvedCourse(c, word + " one", d0);
        String mine = "providers/" + c.providerCode() + "/courses";
        String listed = "accredited-courses?body=" + c.bodyCode();
        long before;
        long beforeListed;
        try (java.sql.Connection db = Statements.connect()) {
            before = Statements.during(db, () -> assertEquals(200, api.get(mine, c.staff().credentials()).status()));
            beforeListed = Statements.during(db, () -> assertEquals(1, api.get(listed, null).json().getInt("total")));
        }
        for (int i = 0; i < 3; i++) {
            approvedCourse(c, word + " more " + i, d0);
        }
        try (java.sql.Connection db = Statements.connect()) {
            assertEquals(before, Statements.during(db, () -> assertEquals(4, api.get(mine, c.staff().credentials())
                    .array().size())), "the provider's list of 4 courses, each with reviews and outcomes");
            assertEquals(beforeListed, Statements.during(db, () -> assertEquals(4, api.get(listed, null).json()
                    .getInt("total"))), "the directory listing 4 courses");
        }
    }

    /** A course drafted, submitted, checked, reviewed and approved, through the API. */
    private long approvedCourse(Cast c, String title, LocalDate d0) {
        long id = reviewedCourse(c, title, d0, "APPROVED");
        assertEquals(200, c.api().post("courses/" + id + "/decision", "{\"decision\":\"APPROVED\",\"validFrom\":\"" + d0
                + "\",\"validUntil\":\"" + d0.plusYears(1) + "\"}", c.body()).status());
        return id;
    }

    private int remindersAfterAnotherRun(Api api, Cast c, String title) {
        int before = countNotifications(api, c.staff(), title, "expires on");
        api.post("operations/course-calendar", "", Api.ADMIN);
        return countNotifications(api, c.staff(), title, "expires on") - before;
    }

    private static int countNotifications(Api api, Api.Registered who, String title, String words) {
        JsonArray all = api.get("me/notifications", who.credentials()).array();
        return (int) all.stream().map(v -> v.asJsonObject().getString("text"))
                .filter(t -> t.contains(title) && t.contains(words)).count();
    }

    /** A course sent to review and reviewed by the cast's assessor, waiting for the body's decision. */
    private long reviewedCourse(Cast c, String title, LocalDate d0, String recommendation) {
        Api api = c.api();
        Api.Answer drafted = api.post("providers/" + c.providerCode() + "/courses", content(c.bodyCode(), title, "COURSE",
                d0.plusDays(7)), c.staff().credentials());
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().getJsonNumber("id").longValue();
        String course = "courses/" + id;
        assertEquals(200, api.post(course + "/submission", "", c.staff().credentials()).status());
        assertEquals(200, api.post(course + "/administrative-check", "{\"complete\":true}", c.body()).status());
        assertEquals(200, api.put(course + "/reviewers", "{\"reviewers\":[\"" + c.assessor().email() + "\"]}",
                c.body()).status());
        assertEquals(200, api.post(course + "/reviews", review(recommendation), c.assessor().credentials()).status());
        return id;
    }

    /** The full id of the one field on the page whose id ends so (a form repeated per row has a generated prefix). */
    private static String idEndingWith(Browser browser, String suffix) {
        return browser.driver.findElement(By.cssSelector("[id$='" + suffix + "']")).getAttribute("id");
    }

    /**
     * The course's life after review in the pages, each step by the person whose step it is, on days the test
     * chooses: the body approves with a condition; the provider answers it and the body signs it off; the provider
     * uploads completions as CSV (a file with bad rows refused with each row named, nothing stored; then the good
     * file, a verified activity in the engineer's CPD list), files the first annual return once its window opens,
     * and sends a change notice (the approval stays in force while it is reviewed); another course is withdrawn by
     * the body with a reason and a date; a refused one is appealed by the provider and the appeal decided by the
     * body. axe checks each page.
     */
    @Test
    void aCourseLivesThroughConditionsCompletionsReturnsChangeWithdrawalAndAppealInThePages() throws Exception {
        Cast c = cast();
        Api api = c.api();
        LocalDate d0 = LocalDate.of(2017, 5, 10);
        today(api, d0);
        String title = unique("Theatre equipment ");
        long conditioned = reviewedCourse(c, title, d0, "APPROVED");
        long withdrawn = reviewedCourse(c, unique("Dialysis water "), d0, "APPROVED");
        assertEquals(200, api.post("courses/" + withdrawn + "/decision", "{\"decision\":\"APPROVED\",\"validFrom\":\""
                + d0 + "\",\"validUntil\":\"" + d0.plusYears(2) + "\"}", c.body()).status());
        long refused = reviewedCourse(c, unique("Laser safety "), d0, "REFUSED");
        assertEquals(200, api.post("courses/" + refused + "/decision", "{\"decision\":\"REFUSED\",\"note\":\"The"
                + " outcomes are not mapped to the right level.\"}", c.body()).status());
        Api.Registered engineer = api.registerWith("course-pages-engineer", PASSWORD, "ENGINEER");
        String courseUrl = url("/accreditation/course.xhtml?id=" + conditioned);
        Path bad = Files.createTempFile("completions-bad", ".csv");
        Files.writeString(bad, "email,completed_on,hours\n" + engineer.email() + "," + d0.plusDays(8) + ",6\n"
                + "not-an-email," + d0.plusDays(8) + ",6\n" + engineer.email() + ",8 May,six\n");
        Path good = Files.createTempFile("completions-good", ".csv");
        Files.writeString(good, "email,completed_on,hours\n" + engineer.email() + "," + d0.plusDays(8) + ",6\n");

        try (Browser browser = Browser.start()) {
            try {
                // The body approves with one condition, due in three months.
                browser.signIn(url("/login.xhtml"), c.bodyAdmin().email(), PASSWORD);
                browser.open(courseUrl);
                browser.choose("decision-form:decision", "Approved with conditions");
                browser.type("decision-form:note", "A sound course once the marking scheme is public.");
                browser.setDate("decision-form:validFrom", d0);
                browser.setDate("decision-form:validUntil", d0.plusYears(2));
                browser.click("decision-form:add-condition");
                browser.type("decision-form:conditions:0:requirement", "Publish the practical's marking scheme");
                browser.setDate("decision-form:conditions:0:dueOn", d0.plusMonths(3));
                browser.checkAccessibility();
                browser.click("decision-form:record-decision");
                browser.waitForText("#course-status", "Approved with conditions");
                assertTrue(browser.text("body").contains("Publish the practical's marking scheme"));

                // The provider answers the condition; the body signs it off.
                browser.signIn(url("/login.xhtml"), c.staff().email(), PASSWORD);
                browser.open(courseUrl);
                browser.type(idEndingWith(browser, "respond-form:response"), "Published on our website, page 4.");
                browser.click(idEndingWith(browser, "respond-form:respond"));
                browser.waitForText("body", "Published on our website, page 4.");
                browser.signIn(url("/login.xhtml"), c.bodyAdmin().email(), PASSWORD);
                browser.open(courseUrl);
                browser.click(idEndingWith(browser, "sign-off-form:sign-off"));
                browser.waitForText("body", "(signed off)");

                // After the course, the provider uploads completions: bad rows are named and nothing is stored.
                today(api, d0.plusDays(10));
                browser.signIn(url("/login.xhtml"), c.staff().email(), PASSWORD);
                browser.open(courseUrl);
                browser.driver.findElement(By.cssSelector("[id='upload-form:file_input']")).sendKeys(bad.toString());
                browser.waitForText("[id='completion-problems']", "Row 3");
                String problems = browser.text("[id='completion-problems']");
                assertTrue(problems.contains("Row 4") && problems.contains("hours"), problems);
                assertTrue(browser.text("[id='completions']").contains("No completions"), "nothing stored");
                browser.checkAccessibility();
                browser.driver.findElement(By.cssSelector("[id='upload-form:file_input']")).sendKeys(good.toString());
                browser.waitForText("[id='completions']", "Verified CPD activity added");

                // A year on, the first annual return is filed; then a change notice keeps the approval in force.
                today(api, d0.plusYears(1).plusDays(1));
                browser.open(courseUrl);
                browser.type("return-form:cohorts", "2");
                browser.type("return-form:participants", "31");
                browser.type("return-form:evaluationSummary", "Rated 4.6 of 5; the practical most valued.");
                browser.click("return-form:file-return");
                browser.waitForText("body", "Rated 4.6 of 5");
                browser.checkAccessibility();
                String code = browser.text("#approval-code");
                browser.click("provider-actions:change-course");
                browser.type("course-form:changeNotice", "A second practical on anaesthetic machines.");
                browser.click("course-form:save-course");
                browser.waitForText("#course-status", "Under review");
                assertTrue(browser.text("body").contains("A second practical on anaesthetic machines."));
                assertEquals(code, browser.text("#approval-code"), "the approval stays in force during review");
                browser.checkAccessibility();

                // The engineer's CPD list holds the verified activity.
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(url("/cpd/index.xhtml"));
                browser.waitForText("[id='cpd-form:activities']", title);

                // The body withdraws another course with a reason and a date.
                browser.signIn(url("/login.xhtml"), c.bodyAdmin().email(), PASSWORD);
                browser.open(url("/accreditation/course.xhtml?id=" + withdrawn));
                browser.type("withdraw-form:reason", "The provider no longer has the faculty named.");
                browser.setDate("withdraw-form:effectiveOn", d0.plusYears(1).plusDays(30));
                browser.click("withdraw-form:withdraw");
                browser.waitForText("#course-status", "Withdrawn");
                assertTrue(browser.text("body").contains("The provider no longer has the faculty named."));

                // The provider appeals the refusal; the body dismisses the appeal with its reason.
                browser.signIn(url("/login.xhtml"), c.staff().email(), PASSWORD);
                browser.open(url("/accreditation/course.xhtml?id=" + refused));
                browser.type("appeal-form:grounds", "The levels follow the framework's own descriptors.");
                browser.click("appeal-form:lodge-appeal");
                browser.waitForText("body", "Waiting for the body's decision.");
                browser.signIn(url("/login.xhtml"), c.bodyAdmin().email(), PASSWORD);
                browser.open(url("/accreditation/course.xhtml?id=" + refused));
                browser.choose("appeal-decision-form:outcome", "Dismissed");
                browser.type("appeal-decision-form:note", "Level 3 needs unsupervised practice, which is not taught.");
                browser.click("appeal-decision-form:decide-appeal");
                browser.waitForText("body", "Dismissed: Level 3 needs unsupervised practice");
                browser.checkAccessibility();
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("course-pages-failure");
                throw e;
            } finally {
                Files.deleteIfExists(bad);
                Files.deleteIfExists(good);
            }
        }
    }
}
