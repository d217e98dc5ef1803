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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Professional recognition through the API (issue 12), on days the test chooses (in 2011, see {@link CoursesIT}): a
 * body administrator defines a scheme with two areas, an interview and an award that lasts three years, and opens
 * it; an engineer drafts an application over several calls, names two referees and submits; one referee, not
 * registered with the body, cannot confirm and declines; the engineer names another; both registered referees
 * confirm through their mailed links; two assessors review independently; a panel interviews; the body awards.
 * The award is then a verified qualification the engineer holds, and readiness for a role that asks for it
 * changes at once. The public register shows the award only while the engineer consents. Who may see what is
 * checked at each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecognitionIT {

    private static final String PASSWORD = "quarry lantern 4471";
    private static final Pattern REFEREE_LINK = Pattern.compile("/recognition/referee\\.xhtml\\?token=([A-Za-z0-9_-]+)");

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

    private static long competency(Api api, String code, String credentials) {
        List<JsonObject> queue = new ArrayList<>(api.get("frameworks/1", credentials).json()
                .getJsonArray("competencies").getValuesAs(JsonObject.class));
        while (!queue.isEmpty()) {
            JsonObject node = queue.remove(0);
            if (node.getString("code").equals(code)) {
                return node.getJsonNumber("id").longValue();
            }
            queue.addAll(node.getJsonArray("children").getValuesAs(JsonObject.class));
        }
        throw new IllegalStateException("no competency " + code);
    }

    /** The token of the newest referee link mailed to the address. */
    private static String refereeToken(String email, int mails) {
        List<jakarta.mail.internet.MimeMessage> messages = Mailbox.to(email, mails);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher link = REFEREE_LINK.matcher(Mailbox.body(messages.get(i)));
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new IllegalStateException("No referee link was mailed to " + email);
    }

    private static String scheme(String bodyCode, String code, String name, long lead1, long lead2, String role) {
        return "{\"body\":\"" + bodyCode + "\",\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"summary\":"
                + "\"Recognises engineers who lead healthcare engineering at board level.\",\"postNominal\":\"CHEng\","
                + "\"roleCode\":\"" + role + "\",\"areas\":[{\"competencyId\":" + lead1 + ",\"title\":\"Leading"
                + " engineering services\",\"wordLimit\":60},{\"competencyId\":" + lead2 + ",\"title\":\"Governance"
                + " and assurance\",\"wordLimit\":60}],\"criteria\":[{\"kind\":\"EXPERIENCE\",\"minYears\":5},"
                + "{\"kind\":\"FREE_TEXT\",\"text\":\"Has led a department\"}],\"evidenceFilesRequired\":0,"
                + "\"interviewHeld\":true,\"validityYears\":3,\"renewalRule\":\"Renewed on evidence of CPD.\"}";
    }

    private static String review(long lead1, long lead2, String grade2, String comment2) {
        return "{\"declaredNoConflict\":true,\"judgements\":[{\"competencyId\":" + lead1 + ",\"grade\":\"MET\"},"
                + "{\"competencyId\":" + lead2 + ",\"grade\":\"" + grade2 + "\"" + (comment2 == null ? ""
                : ",\"comment\":\"" + comment2 + "\"") + "}],\"recommendation\":\"AWARD\",\"comment\":\"Leads a"
                + " large department well.\"}";
    }

    @Test
    void anApplicationGoesFromDraftToAnAwardThatReadinessCountsAndTheRegisterShowsOnlyWithConsent() {
        Api api = new Api(deployment);
        LocalDate d0 = LocalDate.of(2011, 3, 1);
        assertEquals(204, api.putRaw("test/today", "text/plain", d0.toString(), null).status());
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String bodyCode = "RB" + unique;
        Api.Registered body = api.registerWith("recognition-body", PASSWORD, "BODY_ADMIN");
        Api.Registered ann = api.registerWith("recognition-ann", PASSWORD, "ENGINEER");
        Api.Registered eve = api.registerWith("recognition-eve", PASSWORD, "ENGINEER");
        Api.Registered first = api.registerWith("referee-one", PASSWORD, "ENGINEER");
        Api.Registered stranger = api.registerWith("referee-unregistered", PASSWORD, "ENGINEER");
        Api.Registered second = api.registerWith("referee-two", PASSWORD, "ENGINEER");
        Api.Registered rev1 = api.registerWith("reviewer-one", PASSWORD, "ASSESSOR");
        Api.Registered rev2 = api.registerWith("reviewer-two", PASSWORD, "ASSESSOR");
        Api.Registered idle = api.registerWith("reviewer-idle", PASSWORD, "ASSESSOR");
        Api.Registered interviewer = api.registerWith("interviewer", PASSWORD, "ASSESSOR");
        assertEquals(200, api.put("bodies/" + bodyCode, "{\"name\":\"Recognition body " + unique + "\","
                + "\"cpdPolicy\":\"Yearly\",\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,"
                + "\"requiredTypes\":[]}", body.credentials()).status());
        long lead1 = competency(api, "LEAD.1", body.credentials());
        long lead2 = competency(api, "LEAD.2", body.credentials());

        // A role that asks for the award, so that readiness shows the award counting.
        String code = "CHE-R" + unique;
        String roleCode = "RR" + unique;
        String name = "Chief Healthcare Engineer (recognised) " + unique;

        // A refused scheme names every problem; a good one is a draft nobody else sees until it opens.
        Api.Answer refused = api.post("recognition-schemes", "{\"body\":\"NO-SUCH-BODY\",\"code\":\"bad code\","
                + "\"name\":\"\",\"summary\":\"S\",\"areas\":[{\"competencyId\":" + lead1 + ",\"title\":\"\","
                + "\"wordLimit\":0},{\"competencyId\":999999999,\"title\":\"T\",\"wordLimit\":50}],\"criteria\":"
                + "[{\"kind\":\"NOPE\"}],\"evidenceFilesRequired\":-1,\"validityYears\":0}", body.credentials());
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("areas[0].title", "areas[0].wordLimit", "areas[1].competencyId", "body", "code",
                "criteria[0].kind", "evidenceFilesRequired", "name", "validityYears"), fields(refused));
        assertEquals(403, api.post("recognition-schemes", scheme(bodyCode, code, name, lead1, lead2, ""),
                ann.credentials()).status(), "an engineer defines no scheme");
        Api.Answer unknownRole = api.post("recognition-schemes", scheme(bodyCode, code, name, lead1, lead2,
                roleCode), body.credentials());
        assertEquals(List.of("roleCode"), fields(unknownRole), unknownRole.body());
        Api.Answer defined = api.post("recognition-schemes", scheme(bodyCode, code, name, lead1, lead2, ""),
                body.credentials());
        assertEquals(201, defined.status(), defined.body());
        long schemeId = defined.json().getJsonNumber("id").longValue();
        long qualificationId = defined.json().getJsonNumber("qualificationId").longValue();
        assertEquals("DRAFT", defined.json().getString("status"));
        assertEquals(List.of("code"), fields(api.post("recognition-schemes", scheme(bodyCode, code, name, lead1,
                lead2, ""), body.credentials())), "a scheme's code is its own and its award's");
        assertEquals(404, api.get("recognition-schemes/" + schemeId, ann.credentials()).status(),
                "a draft scheme is the body's");
        assertEquals("OPEN", api.post("recognition-schemes/" + schemeId + "/opening", "", body.credentials()).json()
                .getString("status"));
        assertTrue(api.get("recognition-schemes", ann.credentials()).body().contains(name));
        assertEquals(200, api.put("roles/" + roleCode, "{\"title\":\"Recognised lead " + unique + "\",\"summary\":"
                + "\"Leads\",\"minYears\":0,\"responsibilityLevel\":5,\"qualificationRules\":[{\"kind\":\"ANY\","
                + "\"description\":\"The recognition\",\"qualifications\":[\"" + code + "\"]}],\"competencies\":[]}",
                body.credentials()).status());

        // Ann checks her eligibility, then drafts over several calls.
        JsonArray findings = api.get("recognition-schemes/" + schemeId + "/eligibility", ann.credentials()).array();
        assertEquals(List.of("NOT_MET", "TO_JUDGE"), findings.getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("outcome")).toList(), findings.toString());
        Api.Answer started = api.post("recognition-applications", "{\"schemeId\":" + schemeId + "}",
                ann.credentials());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(409, api.post("recognition-applications", "{\"schemeId\":" + schemeId + "}", ann.credentials())
                .status(), "one open application per scheme");
        assertEquals(200, api.put("recognition-applications/" + id + "/statements", "{\"statements\":[{"
                + "\"competencyId\":" + lead1 + ",\"text\":\"I lead a team of forty engineers across three sites.\"}]}",
                ann.credentials()).status());
        assertEquals(200, api.put("recognition-applications/" + id + "/referees", "{\"referees\":[\"" + first.email()
                + "\",\"" + stranger.email() + "\"]}", ann.credentials()).status());
        Api.Answer early = api.post("recognition-applications/" + id + "/submission", "", ann.credentials());
        assertEquals(400, early.status(), early.body());
        assertEquals(List.of("statements[1].text"), fields(early), "the second area has no statement yet");
        Api.Answer tooLong = api.put("recognition-applications/" + id + "/statements", "{\"statements\":[{"
                + "\"competencyId\":" + lead2 + ",\"text\":\"" + "word ".repeat(61) + "\"}]}", ann.credentials());
        assertEquals(200, tooLong.status(), "a draft may run over a word limit: " + tooLong.body());
        assertEquals(List.of("statements[1].text"), fields(api.post("recognition-applications/" + id
                + "/submission", "", ann.credentials())), "but it is not submitted so");
        assertEquals(200, api.put("recognition-applications/" + id + "/statements", "{\"statements\":[{"
                + "\"competencyId\":" + lead2 + ",\"text\":\"I chair the medical devices committee.\"}]}",
                ann.credentials()).status());
        assertEquals(404, api.get("recognition-applications/" + id, eve.credentials()).status());
        assertEquals(404, api.get("recognition-applications/" + id, body.credentials()).status(),
                "a draft is the applicant's own");
        Api.Answer submitted = api.post("recognition-applications/" + id + "/submission", "", ann.credentials());
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("AWAITING_REFEREES", submitted.json().getString("state"));

        // The referees answer through their links; one who is not registered with the body cannot confirm.
        String strangerToken = refereeToken(stranger.email(), 2);
        Api.Answer notRegistered = api.post("recognition-references/confirmation", "{\"token\":\"" + strangerToken
                + "\",\"statement\":\"I know her work.\"}", stranger.credentials());
        assertEquals(409, notRegistered.status(), notRegistered.body());
        assertEquals(404, api.post("recognition-references/request", "{\"token\":\"" + strangerToken.substring(1)
                + "x\"}", stranger.credentials()).status(), "an unknown link");
        assertEquals(200, api.post("recognition-references/declining", "{\"token\":\"" + strangerToken
                + "\",\"reason\":\"I am not registered with this body.\"}", stranger.credentials()).status());
        assertEquals(200, api.post("recognition-applications/" + id + "/referees", "{\"email\":\"" + second.email()
                + "\"}", ann.credentials()).status());
        for (Api.Registered referee : List.of(first, second)) {
            assertEquals(200, api.put("me/registrations/" + bodyCode, "{\"registeredOn\":\"2005-01-01\"}",
                    referee.credentials()).status());
            String token = refereeToken(referee.email(), 2);
            assertEquals(404, api.post("recognition-references/request", "{\"token\":\"" + token + "\"}",
                    eve.credentials()).status(), "a link is for the person it was mailed to");
            JsonObject request = api.post("recognition-references/request", "{\"token\":\"" + token + "\"}",
                    referee.credentials()).json();
            assertEquals(name, request.getString("schemeName"));
            assertFalse(request.toString().contains(ann.email()), "a referee reads no address: " + request);
            assertEquals(200, api.post("recognition-references/confirmation", "{\"token\":\"" + token
                    + "\",\"statement\":\"I have worked with her for six years.\"}", referee.credentials()).status());
        }
        assertEquals("UNDER_REVIEW", api.get("recognition-applications/" + id, ann.credentials()).json()
                .getString("state"));

        // The body assigns two reviewers from its people; a referee or an engineer is refused.
        JsonArray queue = api.get("recognition-applications/queue?scheme=" + schemeId, body.credentials()).array();
        assertEquals(1, queue.size(), queue.toString());
        assertEquals(403, api.get("recognition-applications/queue", ann.credentials()).status());
        Api.Answer wrongPeople = api.put("recognition-applications/" + id + "/reviewers", "{\"reviewers\":[\""
                + first.email() + "\",\"" + rev1.email() + "\"]}", body.credentials());
        assertEquals(400, wrongPeople.status(), wrongPeople.body());
        assertEquals(200, api.put("recognition-applications/" + id + "/reviewers", "{\"reviewers\":[\"" + rev1.email()
                + "\",\"" + rev2.email() + "\"]}", body.credentials()).status());
        assertEquals(404, api.get("recognition-applications/" + id, idle.credentials()).status(),
                "an assessor not assigned");
        JsonObject asReviewer = api.get("recognition-applications/" + id, rev1.credentials()).json();
        assertEquals(2, asReviewer.getJsonArray("findings").size(), asReviewer.toString());
        assertEquals(2, asReviewer.getJsonArray("statements").size());
        assertTrue(api.get("recognition-applications/assigned", rev1.credentials()).body().contains("REVIEW"));
        Api.Answer incomplete = api.post("recognition-applications/" + id + "/reviews", review(lead1, lead2, "NOT_MET",
                null), rev1.credentials());
        assertEquals(400, incomplete.status(), incomplete.body());
        assertEquals(List.of("judgements[1].comment"), fields(incomplete), "a not-met area needs a comment");
        assertEquals(200, api.post("recognition-applications/" + id + "/reviews", review(lead1, lead2, "PARTLY_MET",
                "Thin on assurance."), rev1.credentials()).status());
        assertEquals(1, api.get("recognition-applications/" + id, rev2.credentials()).json().getJsonArray("reviews")
                .size(), "a reviewer reads only their own report");
        assertEquals(200, api.post("recognition-applications/" + id + "/reviews", review(lead1, lead2, "MET", null),
                rev2.credentials()).status());
        assertTrue(api.get("recognition-applications/" + id, ann.credentials()).json().getJsonArray("reviews")
                .isEmpty(), "the applicant reads no review");

        // The interview: arranged after both reports, reported once it has taken place.
        Api.Answer arranged = api.put("recognition-applications/" + id + "/interview", "{\"startsAt\":\""
                + d0.plusDays(5) + "T10:00:00Z\",\"place\":\"Body offices, Room 2\",\"panel\":[\""
                + interviewer.email() + "\",\"" + rev1.email() + "\"]}", body.credentials());
        assertEquals(200, arranged.status(), arranged.body());
        assertEquals("INTERVIEW_SCHEDULED", arranged.json().getString("state"));
        String report = "{\"report\":\"Clear account of governance.\",\"recommendation\":\"AWARD\"}";
        assertEquals(409, api.post("recognition-applications/" + id + "/interview/report", report,
                interviewer.credentials()).status(), "not before the interview");
        assertEquals(204, api.putRaw("test/today", "text/plain", d0.plusDays(6).toString(), null).status());
        assertEquals(404, api.post("recognition-applications/" + id + "/interview/report", report,
                idle.credentials()).status());
        assertEquals("WITH_PANEL", api.post("recognition-applications/" + id + "/interview/report", report,
                interviewer.credentials()).json().getString("state"));

        // The panel awards; the award is a verified qualification and readiness counts it at once.
        assertEquals("NOT_MET", api.get("me/readiness/" + roleCode, ann.credentials()).json()
                .getJsonArray("requirements").getJsonObject(0).getString("status"));
        Api.Answer future = api.post("recognition-applications/" + id + "/decision", "{\"outcome\":\"AWARD\","
                + "\"awardedOn\":\"" + d0.plusDays(30) + "\"}", body.credentials());
        assertEquals(List.of("awardedOn"), fields(future), future.body());
        Api.Answer awarded = api.post("recognition-applications/" + id + "/decision", "{\"outcome\":\"AWARD\","
                + "\"awardedOn\":\"" + d0.plusDays(6) + "\",\"note\":\"Congratulations.\"}", body.credentials());
        assertEquals(200, awarded.status(), awarded.body());
        assertEquals("AWARDED", awarded.json().getString("state"));
        assertEquals(d0.plusDays(6).plusYears(3).toString(), awarded.json().getString("validUntil"));
        JsonObject held = api.get("me/qualifications", ann.credentials()).array().getValuesAs(JsonObject.class)
                .stream().filter(q -> q.getJsonNumber("qualificationId").longValue() == qualificationId).findFirst()
                .orElseThrow();
        assertEquals("VERIFIED", held.getString("status"), held.toString());
        assertEquals("MET", api.get("me/readiness/" + roleCode, ann.credentials()).json()
                .getJsonArray("requirements").getJsonObject(0).getString("status"));

        // The public register, without an account: only with Ann's consent, never her address.
        assertEquals(0, api.get("register?q=" + unique, null).array().size(), "no consent yet");
        assertEquals(404, api.put("recognition-applications/" + id + "/register-consent", "{\"consent\":true}",
                eve.credentials()).status());
        assertEquals(200, api.put("recognition-applications/" + id + "/register-consent", "{\"consent\":true}",
                ann.credentials()).status());
        Api.Answer listed = api.get("register?q=" + unique, null);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(1, listed.array().size(), listed.body());
        assertEquals("CURRENT", listed.array().getJsonObject(0).getString("status"));
        assertEquals("CHEng", listed.array().getJsonObject(0).getString("postNominal"));
        assertFalse(listed.body().contains(ann.email()), listed.body());
        assertEquals(200, api.put("recognition-applications/" + id + "/register-consent", "{\"consent\":false}",
                ann.credentials()).status());
        assertEquals(0, api.get("register?q=" + unique, null).array().size(), "consent withdrawn: gone at once");
        assertEquals(400, api.get("register?q=" + "x".repeat(101), null).status());

        // The award is an Open Badges credential in Ann's wallet, issued by the body, that anyone verifies; it
        // ends the day the award lapses.
        JsonObject credential = api.get("me/credentials", ann.credentials()).array().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("kind").equals("AWARD")).findFirst().orElseThrow();
        assertEquals(name, credential.getString("achievement"));
        assertEquals("Recognition body " + unique, credential.getString("issuer"));
        assertTrue(credential.getString("validUntil").startsWith(d0.plusDays(6).plusYears(3).plusDays(1).toString()),
                credential.toString());
        String document = api.getAs("credentials/" + credential.getString("publicId"), "application/ld+json", null)
                .body();
        assertTrue(document.contains("\"achievementType\":\"Certification\""), document);
        assertTrue(document.contains("\"targetType\":\"CFItem\""), "the areas' CASE items: " + document);
        JsonObject verified = api.postRaw("verify?email=" + ann.email(), "application/ld+json", document, null).json();
        assertTrue(verified.getBoolean("valid"), verified.toString());

        // The body removes the award: its credential is revoked, and verifying it says so.
        assertEquals(200, api.post("recognition-applications/" + id + "/register-removal",
                "{\"reason\":\"A finding of misconduct\"}", body.credentials()).status());
        assertEquals("REVOKED", api.get("me/credentials/" + credential.getJsonNumber("id"), ann.credentials()).json()
                .getString("state"));
        JsonObject revoked = api.postRaw("verify", "application/ld+json", document, null).json();
        assertFalse(revoked.getBoolean("valid"));
        assertTrue(revoked.toString().contains("revoked by the issuer"), revoked.toString());
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    /**
     * The pages, in a browser, with axe on each: a body administrator defines a scheme in the form (every problem
     * named by its field first) and opens it; an engineer starts an application from the scheme's page, writes the
     * statement, names the referees and submits; each referee, registered with the body, confirms on the page the
     * mailed link opens; after the reviewers (one reports in the page, the other through the API) the body awards
     * on the application's page; the engineer puts the award on the register, which anyone then reads.
     */
    @Test
    void theBodyTheEngineerTheRefereesAReviewerAndThePublicDoTheirPartInThePages() {
        Api api = new Api(deployment);
        assertEquals(204, api.putRaw("test/today", "text/plain", "2012-05-01", null).status());
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String bodyCode = "RP" + unique;
        String bodyName = "Recognition page body " + unique;
        Api.Registered body = api.registerWith("page-body", PASSWORD, "BODY_ADMIN");
        Api.Registered ann = api.registerWith("page-applicant", PASSWORD, "ENGINEER");
        Api.Registered first = api.registerWith("page-referee-one", PASSWORD, "ENGINEER");
        Api.Registered second = api.registerWith("page-referee-two", PASSWORD, "ENGINEER");
        Api.Registered rev1 = api.registerWith("page-reviewer-one", PASSWORD, "ASSESSOR");
        Api.Registered rev2 = api.registerWith("page-reviewer-two", PASSWORD, "ASSESSOR");
        assertEquals(200, api.put("bodies/" + bodyCode, "{\"name\":\"" + bodyName + "\",\"cpdPolicy\":\"Yearly\","
                + "\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,\"requiredTypes\":[]}",
                body.credentials()).status());
        for (Api.Registered referee : List.of(first, second)) {
            assertEquals(200, api.put("me/registrations/" + bodyCode, "{\"registeredOn\":\"2005-01-01\"}",
                    referee.credentials()).status());
        }
        JsonObject lead1 = null;
        for (JsonObject node : api.get("frameworks/1", body.credentials()).json().getJsonArray("competencies")
                .getValuesAs(JsonObject.class)) {
            for (JsonObject child : node.getJsonArray("children").getValuesAs(JsonObject.class)) {
                if (child.getString("code").equals("LEAD.1")) {
                    lead1 = child;
                }
            }
        }
        String competency = "LEAD.1 " + lead1.getString("title");
        String name = "Recognised Engineering Lead " + unique;

        try (Browser browser = Browser.start()) {
            try {
                // The body defines the scheme in the form, is told every problem first, then opens it.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(url("/recognition/scheme-edit.xhtml"));
                browser.type("scheme-form:code", "not a code");
                browser.click("scheme-form:save-scheme");
                assertTrue(browser.messageFor("scheme-form:body").contains("Choose the professional body"));
                assertTrue(browser.messageFor("scheme-form:areas:0:competencyId").contains("Choose the competency"));
                assertTrue(browser.messageFor("scheme-form:code").contains("Give a code"));
                assertEquals("not a code", browser.find("[id='scheme-form:code']").getAttribute("value"),
                        "a refused field keeps what was typed in it");
                browser.checkAccessibility();
                browser.choose("scheme-form:body", bodyName);
                browser.type("scheme-form:code", "REL-" + unique);
                browser.type("scheme-form:postNominal", "REL");
                browser.type("scheme-form:name", name);
                browser.type("scheme-form:summary", "Recognises engineers who lead a department.");
                browser.choose("scheme-form:areas:0:competencyId", competency);
                browser.type("scheme-form:areas:0:title", "Leading the department");
                browser.type("scheme-form:areas:0:wordLimit", "80");
                browser.type("scheme-form:validityYears", "3");
                browser.click("scheme-form:add-criterion");
                browser.choose("scheme-form:criteria:0:kind", "Years of experience");
                browser.type("scheme-form:criteria:0:minYears", "5");
                browser.click("scheme-form:save-scheme");
                browser.waitForText("#scheme-status", "Draft");
                browser.checkAccessibility();
                browser.click("scheme-form:open");
                browser.waitForText("#scheme-status", "Open");
                long schemeId = api.get("recognition-schemes", ann.credentials()).array().getValuesAs(JsonObject.class)
                        .stream().filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow()
                        .getJsonNumber("id").longValue();

                // The engineer starts, drafts and submits; a missing statement is named before anything is sent.
                browser.signIn(url("/login.xhtml"), ann.email(), PASSWORD);
                browser.open(url("/recognition/index.xhtml"));
                browser.waitForText("body", name);
                browser.checkAccessibility();
                browser.open(url("/recognition/scheme.xhtml?id=" + schemeId));
                browser.waitForText("#findings", "Not met");
                browser.checkAccessibility();
                browser.click("scheme-form:start");
                browser.waitForText("#application-state", "Draft");
                browser.checkAccessibility();
                browser.click("submit-form:submit");
                browser.waitForText("body", "Write your statement for Leading the department");
                browser.type("statements-form:statements:0:text", "I lead forty engineers on three sites.");
                browser.click("statements-form:save-statements");
                browser.waitForText("body", "Your statements are saved");
                browser.type("referees-form:referees:0:email", first.email());
                browser.type("referees-form:referees:1:email", second.email());
                browser.click("referees-form:save-referees");
                browser.waitForText("body", "Your referees are saved");
                browser.click("submit-form:submit");
                browser.waitForText("#application-state", "Waiting for the referees");
                browser.checkAccessibility();
                long id = api.get("recognition-applications", ann.credentials()).array().getJsonObject(0)
                        .getJsonNumber("id").longValue();

                // Each referee follows the mailed link, signs in and confirms.
                for (Api.Registered referee : List.of(first, second)) {
                    String token = refereeToken(referee.email(), 2);
                    browser.signIn(url("/login.xhtml"), referee.email(), PASSWORD);
                    browser.open(url("/recognition/referee.xhtml?token=" + token));
                    browser.waitForText("#referee-request", name);
                    browser.checkAccessibility();
                    browser.type("confirm-form:statement", "I have seen her lead the department for six years.");
                    browser.click("confirm-form:confirm");
                    browser.waitForText("#referee-state", "Confirmed");
                }

                // Two reviewers: one reports in the page, the other through the API.
                assertEquals(200, api.put("recognition-applications/" + id + "/reviewers", "{\"reviewers\":[\""
                        + rev1.email() + "\",\"" + rev2.email() + "\"]}", body.credentials()).status());
                browser.signIn(url("/login.xhtml"), rev1.email(), PASSWORD);
                browser.open(url("/recognition/index.xhtml"));
                browser.waitForText("#assigned-list", name);
                browser.open(url("/recognition/review.xhtml?id=" + id));
                browser.waitForText("body", "I lead forty engineers");
                browser.checkAccessibility();
                browser.choose("review-form:judgements:0:grade", "Met");
                browser.choose("review-form:recommendation", "Award");
                browser.type("review-form:comment", "A strong leader.");
                browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                        "[id='review-form:declaredNoConflict'] .ui-chkbox-box")).click();
                browser.click("review-form:send-review");
                browser.waitForText("body", "Your report is sent");
                assertEquals(200, api.post("recognition-applications/" + id + "/reviews", "{\"declaredNoConflict\":"
                        + "true,\"judgements\":[{\"competencyId\":" + lead1.getJsonNumber("id") + ",\"grade\":"
                        + "\"MET\"}],\"recommendation\":\"AWARD\",\"comment\":\"Agreed.\"}", rev2.credentials())
                        .status());

                // The body awards on the application's page.
                browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
                browser.open(url("/recognition/case.xhtml?id=" + id));
                browser.waitForText("#application-state", "With the panel");
                browser.checkAccessibility();
                browser.choose("decision-form:outcome", "Award");
                browser.click("decision-form:decide");
                browser.waitForText("#application-state", "Awarded");

                // The engineer consents; anyone reads the register.
                browser.signIn(url("/login.xhtml"), ann.email(), PASSWORD);
                browser.open(url("/recognition/application.xhtml?id=" + id));
                browser.waitForText("#award", "valid until");
                browser.click("consent-form:consent");
                browser.waitForText("#consent-state", "appears on the public register");
                browser.checkAccessibility();
                browser.driver.manage().deleteAllCookies();
                browser.open(url("/recognition/register.xhtml?q=" + unique));
                browser.waitForText("#entries", name);
                assertFalse(browser.driver.getPageSource().contains(ann.email()));
                browser.checkAccessibility();
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("recognition-journey-failure");
                throw e;
            }
        }
    }
}
