package org.healthengineering.portal.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vacancies through the API (issue 12), on days the test chooses (in the past, see {@link CoursesIT}): a hospital
 * drafts a vacancy for its Chief Healthcare Engineer post with a person specification, publishes it and names two
 * shortlisters; engineers see their eligibility and apply; after the closing date the shortlisters score the
 * anonymised applications, the hospital decides, closes shortlisting, sees the names, and appoints one engineer, who
 * becomes the post's holder. Who may see what is checked at each step. A second test drives the engineer's and the
 * shortlisters' pages in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VacanciesIT {

    private static final String PASSWORD = "harbour lantern 6620";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(ChosenDay.class, ChosenDayResource.class);
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    private static String vacancy(String title, Long postId, LocalDate closing) {
        return "{\"title\":\"" + title + "\",\"postId\":" + postId + ",\"band\":\"Band 8d\",\"location\":\"Leeds\","
                + "\"hoursPerWeek\":37.5,\"closingDate\":\"" + closing + "\",\"description\":\"Leads clinical and"
                + " estates engineering at board level.\",\"specification\":["
                + "{\"kind\":\"EXPERIENCE\",\"minYears\":5,\"essential\":true},"
                + "{\"kind\":\"FREE_TEXT\",\"text\":\"Has led an estates project\",\"essential\":false}]}";
    }

    private static String application(String statement) {
        return "{\"statements\":[{\"position\":2,\"text\":\"" + statement + "\"}],\"evidence\":[],"
                + "\"declaration\":true}";
    }

    private static String scores(int first, int second) {
        return "{\"scores\":[{\"position\":1,\"score\":" + first + "},{\"position\":2,\"score\":" + second + "}]}";
    }

    @Test
    void aVacancyGoesFromDraftToAnAppointmentThatFillsThePostWithTwoShortlistersWhoNeverSeeWhoApplied() {
        Api api = new Api(deployment);
        LocalDate d0 = LocalDate.of(2009, 2, 2);
        assertEquals(204, api.putRaw("test/today", "text/plain", d0.toString(), null).status());
        String code = "V" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Vacancy Hospital " + code
                + "\",\"kind\":\"ACUTE\",\"region\":\"Yorkshire\",\"beds\":400,\"medicalDevices\":9000,"
                + "\"consentsToBeNamed\":false}", Api.ADMIN).status());
        Api.Registered admin = api.registerWith("vacancy-admin", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered first = api.registerWith("shortlister-one", PASSWORD, "BOARD_VIEWER");
        Api.Registered second = api.registerWith("shortlister-two", PASSWORD, "BOARD_VIEWER");
        Api.Registered otherAdmin = api.registerWith("other-hospital-admin", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered ann = api.registerWith("applicant-ann", PASSWORD, "ENGINEER");
        Api.Registered bob = api.registerWith("applicant-bob", PASSWORD, "ENGINEER");
        Api.Registered body = api.registerWith("vacancy-body-admin", PASSWORD, "BODY_ADMIN");
        assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + admin.email() + "\"],"
                + "\"boardViewers\":[\"" + first.email() + "\",\"" + second.email() + "\"]}", Api.ADMIN).status());
        Api.Answer post = api.post("hospitals/" + code + "/posts", "{\"title\":\"Chief Healthcare Engineer\","
                + "\"kind\":\"CHIEF_HEALTHCARE_ENGINEER\"}", admin.credentials());
        assertEquals(201, post.status(), post.body());
        long postId = post.json().getJsonNumber("id").longValue();

        // A refused draft names every problem; a good one is drafted, then published.
        Api.Answer refused = api.post("hospitals/" + code + "/vacancies", "{\"title\":\"\",\"band\":\"\","
                + "\"location\":\"L\",\"hoursPerWeek\":70,\"closingDate\":\"" + d0 + "\",\"description\":\"D\","
                + "\"specification\":[{\"kind\":\"COMPETENCY\",\"minLevel\":9},{\"kind\":\"NOPE\"}]}",
                admin.credentials());
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("band", "closingDate", "hoursPerWeek", "specification[0].competencyId",
                "specification[0].minLevel", "specification[1].kind", "title"), fields(refused));
        assertEquals(404, api.post("hospitals/" + code + "/vacancies", vacancy("Spy", null, d0.plusDays(10)),
                otherAdmin.credentials()).status(), "another hospital's administrator");
        Api.Answer drafted = api.post("hospitals/" + code + "/vacancies", vacancy("Chief Healthcare Engineer "
                + code, postId, d0.plusDays(10)), admin.credentials());
        assertEquals(201, drafted.status(), drafted.body());
        long vacancy = drafted.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", drafted.json().getString("status"));
        assertEquals(404, api.get("vacancies/" + vacancy, ann.credentials()).status(), "a draft is not published");
        assertEquals(403, api.get("vacancies/" + vacancy, otherAdmin.credentials()).status(),
                "another hospital's administrator holds no engineer's role: refused whatever the id");
        assertEquals(403, api.get("vacancies/999999999", otherAdmin.credentials()).status());
        assertEquals("OPEN", api.post("vacancies/" + vacancy + "/publication", "", admin.credentials()).json()
                .getString("status"));

        // Engineers find it, see where they stand, and apply; Ann has the years, Bob does not.
        assertEquals(200, api.put("me/profile", "{\"yearsExperience\":12,\"currentPost\":\"Head of EBME\"}",
                ann.credentials()).status());
        JsonArray found = api.get("vacancies?q=" + code, bob.credentials()).array();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getJsonObject(0).getBoolean("essentialsNotMet"), "Bob has no years recorded");
        JsonArray findings = api.get("vacancies/" + vacancy + "/eligibility", ann.credentials()).array();
        assertEquals("MET_OWN_WORD", findings.getJsonObject(0).getString("outcome"), findings.toString());
        assertEquals("TO_JUDGE", findings.getJsonObject(1).getString("outcome"));
        Api.Answer noStatement = api.post("vacancies/" + vacancy + "/applications", "{\"statements\":[],"
                + "\"declaration\":false}", ann.credentials());
        assertEquals(400, noStatement.status(), noStatement.body());
        assertEquals(List.of("declaration", "specification[1].statement"), fields(noStatement));
        Api.Answer applied = api.post("vacancies/" + vacancy + "/applications", application("I led the theatre"
                + " block refurbishment."), ann.credentials());
        assertEquals(201, applied.status(), applied.body());
        long annApplication = applied.json().getJsonNumber("id").longValue();
        String annReference = applied.json().getString("reference");
        assertEquals(409, api.post("vacancies/" + vacancy + "/applications", application("Again"),
                ann.credentials()).status(), "one application per vacancy");
        Api.Answer bobs = api.post("vacancies/" + vacancy + "/applications", application("I helped with one."),
                bob.credentials());
        assertEquals(201, bobs.status(), bobs.body());
        long bobApplication = bobs.json().getJsonNumber("id").longValue();
        assertEquals(404, api.get("me/applications/" + annApplication, bob.credentials()).status());
        assertEquals(409, api.put("vacancies/" + vacancy, vacancy("Chief Healthcare Engineer " + code, postId,
                d0.plusDays(10)).replace("\"minYears\":5", "\"minYears\":8"), admin.credentials()).status(),
                "the specification is frozen once applications arrive");

        // Two shortlisters from the hospital.
        Api.Answer outsider = api.put("vacancies/" + vacancy + "/shortlisters", "{\"shortlisters\":[\""
                + first.email() + "\",\"" + otherAdmin.email() + "\"]}", admin.credentials());
        assertEquals(400, outsider.status(), outsider.body());
        assertEquals(List.of("shortlisters[1]"), fields(outsider));
        assertEquals(200, api.put("vacancies/" + vacancy + "/shortlisters", "{\"shortlisters\":[\"" + first.email()
                + "\",\"" + second.email() + "\"]}", admin.credentials()).status());
        assertEquals(409, api.put("applications/" + annApplication + "/scores", scores(2, 2), first.credentials())
                .status(), "no scoring while the vacancy is open");

        // After the closing date: anonymised applications, scored independently.
        assertEquals(204, api.putRaw("test/today", "text/plain", d0.plusDays(11).toString(), null).status());
        Api.Answer seen = api.get("vacancies/" + vacancy + "/applications", first.credentials());
        assertEquals(200, seen.status(), seen.body());
        assertEquals(2, seen.array().size());
        assertFalse(seen.body().contains(ann.email()) || seen.body().contains(bob.email())
                || seen.body().contains("Test engineer"), "a shortlister never sees who applied: " + seen.body());
        assertTrue(seen.body().contains(annReference));
        assertEquals(404, api.get("vacancies/" + vacancy + "/applications", ann.credentials()).status());
        assertEquals(404, api.get("vacancies/" + vacancy + "/applications", body.credentials()).status(),
                "a body administrator sees no applications");
        assertEquals(404, api.put("applications/" + annApplication + "/scores", scores(2, 2), otherAdmin.credentials())
                .status());
        assertEquals(200, api.put("applications/" + annApplication + "/scores", scores(3, 2), first.credentials())
                .status());
        assertEquals(200, api.put("applications/" + annApplication + "/scores", scores(3, 3), second.credentials())
                .status());
        assertEquals(200, api.put("applications/" + bobApplication + "/scores", scores(0, 1), first.credentials())
                .status());
        assertEquals(200, api.put("applications/" + bobApplication + "/scores", scores(2, 1), second.credentials())
                .status());

        // The hospital sees the flags (still without names), decides, closes shortlisting, sees the names.
        JsonArray flagged = api.get("vacancies/" + vacancy + "/applications", admin.credentials()).array();
        JsonObject bobFlags = flagged.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("applicationId").longValue() == bobApplication).findFirst().orElseThrow()
                .getJsonObject("flags");
        assertTrue(bobFlags.getBoolean("suggestsNotShortlisted") && bobFlags.getBoolean("toDiscuss"), bobFlags.toString());
        assertFalse(flagged.toString().contains(bob.email()));
        assertEquals(409, api.post("vacancies/" + vacancy + "/shortlisting/closure", "", admin.credentials()).status(),
                "every application is decided first");
        assertEquals("SHORTLISTED", api.post("applications/" + annApplication + "/decision", "{\"shortlisted\":true}",
                admin.credentials()).json().getString("status"));
        assertEquals(400, api.post("applications/" + bobApplication + "/decision", "{\"shortlisted\":false}",
                admin.credentials()).status(), "feedback for those not shortlisted");
        assertEquals(200, api.post("applications/" + bobApplication + "/decision", "{\"shortlisted\":false,"
                + "\"feedback\":\"Five years of experience are essential.\"}", admin.credentials()).status());
        assertEquals(200, api.post("vacancies/" + vacancy + "/shortlisting/closure", "", admin.credentials()).status());
        JsonArray named = api.get("vacancies/" + vacancy + "/applications", admin.credentials()).array();
        assertTrue(named.toString().contains(ann.email()), named.toString());
        assertTrue(api.get("vacancies/" + vacancy + "/applications", first.credentials()).body()
                .contains(annReference));

        // Interview, offer, appointment: the post is filled by Ann.
        assertEquals("INTERVIEWED", api.post("applications/" + annApplication + "/decision", "{\"status\":"
                + "\"INTERVIEWED\",\"interviewAt\":\"2009-02-20T10:00:00Z\"}", admin.credentials()).json()
                .getString("status"));
        assertEquals(409, api.post("applications/" + annApplication + "/decision", "{\"status\":\"APPOINTED\"}",
                admin.credentials()).status(), "an offer comes before an appointment");
        assertEquals(200, api.post("applications/" + annApplication + "/decision", "{\"status\":\"OFFERED\"}",
                admin.credentials()).status());
        assertEquals(200, api.post("applications/" + annApplication + "/decision", "{\"status\":\"APPOINTED\"}",
                admin.credentials()).status());
        JsonObject filled = api.get("hospitals/" + code + "/posts", admin.credentials()).array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("id").longValue() == postId)
                .findFirst().orElseThrow();
        assertEquals(api.get("me", ann.credentials()).json().getJsonNumber("id").longValue(),
                filled.getJsonNumber("holderAccountId").longValue(), filled.toString());
        assertEquals("DECIDED", api.get("vacancies/" + vacancy, admin.credentials()).json().getString("status"));

        // Each applicant reads their own outcome.
        assertEquals("APPOINTED", api.get("me/applications/" + annApplication, ann.credentials()).json()
                .getString("status"));
        JsonObject bobSees = api.get("me/applications", bob.credentials()).array().getJsonObject(0);
        assertEquals("NOT_SHORTLISTED", bobSees.getString("status"));
        assertEquals("Five years of experience are essential.", bobSees.getString("feedback"));
        assertNull(bobSees.get("scores"), "applicants never see the scores");
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    /**
     * In a real browser, axe on each page: an engineer finds the vacancy, sees the essential criterion they fall
     * short of, and applies with a statement; after the closing date two shortlisters score the application on its
     * page, which never shows who applied; the hospital sees their scores without names on its desk, shortlists,
     * closes shortlisting and appoints; the engineer reads that they are appointed.
     */
    @Test
    void anEngineerFindsAVacancySeesTheShortfallAppliesAndIsAppointedAfterTwoShortlistersScoreBlind() {
        Api api = new Api(deployment);
        LocalDate d0 = LocalDate.of(2008, 3, 3);
        assertEquals(204, api.putRaw("test/today", "text/plain", d0.toString(), null).status());
        String code = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Journey Hospital " + code
                + "\",\"kind\":\"ACUTE\",\"region\":\"Wessex\",\"beds\":300,\"medicalDevices\":7000,"
                + "\"consentsToBeNamed\":false}", Api.ADMIN).status());
        Api.Registered admin = api.registerWith("journey-admin", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered first = api.registerWith("journey-shortlister-one", PASSWORD, "BOARD_VIEWER");
        Api.Registered second = api.registerWith("journey-shortlister-two", PASSWORD, "BOARD_VIEWER");
        Api.Registered eve = api.registerWith("journey-applicant", PASSWORD, "ENGINEER");
        assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + admin.email() + "\"],"
                + "\"boardViewers\":[\"" + first.email() + "\",\"" + second.email() + "\"]}", Api.ADMIN).status());
        assertEquals(200, api.put("me/profile", "{\"yearsExperience\":3,\"currentPost\":\"Senior technologist\"}",
                eve.credentials()).status());
        String title = "Head of Clinical Engineering " + code;
        long vacancy = api.post("hospitals/" + code + "/vacancies", vacancy(title, null, d0.plusDays(10)),
                admin.credentials()).json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("vacancies/" + vacancy + "/publication", "", admin.credentials()).status());
        assertEquals(200, api.put("vacancies/" + vacancy + "/shortlisters", "{\"shortlisters\":[\"" + first.email()
                + "\",\"" + second.email() + "\"]}", admin.credentials()).status());

        try (Browser browser = Browser.start()) {
            try {
                // The engineer finds it, sees the shortfall, and applies.
                browser.signIn(url("/login.xhtml"), eve.email(), PASSWORD);
                browser.open(url("/vacancies/index.xhtml"));
                browser.type("search-form:text", code);
                browser.click("search-form:search");
                browser.waitForText("[id='vacancies']", title);
                assertTrue(browser.text("[id='vacancies']").contains("An essential criterion is not met yet"));
                browser.checkAccessibility();
                browser.click("vacancies:0:open-vacancy");
                browser.waitForText("#specification", "At least 5 years of experience");
                assertTrue(browser.text("#specification").contains("Not met"), browser.text("#specification"));
                browser.click("apply-form:send-application");
                assertTrue(browser.messageFor("apply-form:specification:1:statement").length() > 0,
                        "the criterion a person judges needs a statement");
                browser.type("apply-form:specification:1:statement", "I led the renal unit's move to a new building.");
                browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                        "[id='apply-form:declaration'] .ui-chkbox-box")).click();
                browser.click("apply-form:send-application");
                browser.waitForText("#my-application", "You applied: reference");
                browser.checkAccessibility();
                String reference = browser.text("#my-application").replaceAll(".*reference (\\w{8}).*", "$1");

                // After the closing date, each shortlister scores the application without seeing who made it.
                assertEquals(204, api.putRaw("test/today", "text/plain", d0.plusDays(11).toString(), null).status());
                for (Api.Registered shortlister : List.of(first, second)) {
                    browser.signIn(url("/login.xhtml"), shortlister.email(), PASSWORD);
                    browser.open(url("/vacancies/index.xhtml"));
                    browser.waitForText("#shortlist-list", title);
                    browser.click("to-shortlist:0:shortlist");
                    browser.waitForText("body", "Application " + reference);
                    String page = browser.driver.getPageSource();
                    assertFalse(page.contains(eve.email()) || page.contains("journey-applicant"),
                            "the shortlisting page never names the applicant");
                    assertTrue(page.contains("renal unit"), "the statement is there");
                    browser.choose("applications:0:card-form:lines:0:score", "1: limited evidence");
                    browser.choose("applications:0:card-form:lines:1:score", "3: exceeds the criterion");
                    browser.click("applications:0:card-form:save-scores");
                    browser.waitForText("body", "You have scored this application");
                    browser.checkAccessibility();
                }

                // The hospital sees the scores without names, shortlists, closes shortlisting, and appoints.
                browser.signIn(url("/login.xhtml"), admin.email(), PASSWORD);
                browser.open(url("/vacancies/manage.xhtml?id=" + vacancy));
                browser.waitForText("body", "Application " + reference);
                assertFalse(browser.driver.getPageSource().contains(eve.email()), "no names before shortlisting closes");
                assertTrue(browser.text("body").contains("scores 1, 1"), "both shortlisters' scores are shown");
                browser.checkAccessibility();
                browser.click("anonymised:0:decide-form:shortlist");
                browser.waitForText("body", "Shortlisted");
                browser.click("close-form:close-shortlisting");
                browser.waitForText("body", eve.email());
                for (String step : List.of("Interviewed", "Offered the post", "Appointed")) {
                    browser.choose("named:0:advance-form:next", step);
                    browser.click("named:0:advance-form:advance");
                    browser.waitForText("body", "Recorded: " + step);
                }
                browser.checkAccessibility();
                browser.signIn(url("/login.xhtml"), eve.email(), PASSWORD);
                browser.open(url("/vacancies/mine.xhtml"));
                browser.waitForText("[id='mine-form:applications']", "Appointed");
                browser.checkAccessibility();
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("vacancies-journey-failure");
                throw e;
            }
        }
    }
}
