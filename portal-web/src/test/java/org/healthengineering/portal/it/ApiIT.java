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
import java.util.Set;
import java.util.stream.Collectors;

import static org.healthengineering.portal.it.Api.basic;
import static org.healthengineering.portal.it.Api.bearer;
import static org.healthengineering.portal.it.Api.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API as scripts use it: registration, authentication, CPD, tokens, administration, errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String PASSWORD = "granite kettle 4711";
    private static final String ADMIN = Api.ADMIN;

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

    private static String activity(String title, LocalDate end, String hours) {
        return "{\"title\":\"" + title + "\",\"type\":\"WORK_BASED_LEARNING\",\"startDate\":\"" + end.minusDays(1)
                + "\",\"endDate\":\"" + end + "\",\"hours\":" + hours + ",\"learned\":\"Alarm limits\","
                + "\"applied\":\"Changed the ward checklist\",\"benefit\":\"Fewer missed alarms\",\"url\":null}";
    }

    @Test
    void registrationOpensTheAccountOnlyThroughTheLinkMailedToTheEmail() {
        String email = uniqueEmail("Reg");
        Api.Answer answer = api.post("accounts",
                "{\"email\":\"  " + email + "\",\"displayName\":\"Rhea\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(202, answer.status(), answer.body());
        assertFalse(answer.body().toLowerCase().contains("password"));
        assertEquals(401, api.get("me", Api.basic(email, PASSWORD)).status(), "not open before confirmation");
        assertEquals(400, api.post("accounts/confirmations", "{\"token\":\"guessed-token\"}", null).status());
        String token = Mailbox.confirmationToken(email.toLowerCase());
        Api.Answer confirmed = api.post("accounts/confirmations", "{\"token\":\"" + token + "\"}", null);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(email.toLowerCase(), confirmed.json().getString("email"));
        assertEquals(400, api.post("accounts/confirmations", "{\"token\":\"" + token + "\"}", null).status(),
                "a link works once");
        JsonObject account = api.get("me", Api.basic(email, PASSWORD)).json();
        assertEquals(email.toLowerCase(), account.getString("email"));
        assertEquals(1, account.getJsonArray("roles").size());
        assertEquals("ENGINEER", account.getJsonArray("roles").getString(0));
    }

    @Test
    void registeringATakenEmailAnswersAsForANewOneAndTellsOnlyTheOwner() {
        String email = uniqueEmail("dup");
        api.registerEngineer(email, PASSWORD);
        String fresh = uniqueEmail("fresh");
        Api.Answer taken = api.post("accounts", "{\"email\":\"" + email.toUpperCase() + "\",\"displayName\":\"Dup\","
                + "\"password\":\"another passphrase 77\"}", null);
        Api.Answer free = api.post("accounts", "{\"email\":\"" + fresh + "\",\"displayName\":\"Dup\","
                + "\"password\":\"another passphrase 77\"}", null);
        assertEquals(202, taken.status(), taken.body());
        assertEquals(free.status(), taken.status());
        assertEquals(free.body().replace(fresh, "EMAIL"), taken.body().replace(email.toUpperCase(), "EMAIL"),
                "the answers differ only by the email echoed");
        // The owner is told, and neither their password nor their account changed.
        assertTrue(Mailbox.received(email, "Someone tried to register with your email"));
        assertEquals(200, api.get("me", Api.basic(email, PASSWORD)).status());
        assertEquals(401, api.get("me", Api.basic(email, "another passphrase 77")).status());
    }

    @Test
    void anUnconfirmedRegistrationIsReplacedByTheNextOneForTheSameEmail() {
        String email = uniqueEmail("squat");
        // Someone registers an address that is not theirs, and cannot confirm it.
        assertEquals(202, api.post("accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Squatter\","
                + "\"password\":\"squatter passphrase 1\"}", null).status());
        String squattersToken = Mailbox.confirmationToken(email);
        // The owner registers later: their registration replaces the first, whose link stops working.
        assertEquals(202, api.post("accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Owner\","
                + "\"password\":\"" + PASSWORD + "\"}", null).status());
        assertEquals(2, Mailbox.to(email, 2).size());
        assertEquals(400, api.post("accounts/confirmations", "{\"token\":\"" + squattersToken + "\"}", null).status());
        assertEquals(200, api.post("accounts/confirmations", "{\"token\":\"" + Mailbox.confirmationToken(email)
                + "\"}", null).status());
        assertEquals("Owner", api.get("me", Api.basic(email, PASSWORD)).json().getString("displayName"));
        assertEquals(401, api.get("me", Api.basic(email, "squatter passphrase 1")).status());
    }

    @Test
    void invalidRegistrationListsEveryFieldAsAProblemDocument() {
        Api.Answer answer = api.post("accounts", "{\"email\":\"not-an-email\",\"displayName\":\" \",\"password\":\"password1234\"}", null);
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals(Set.of("email", "displayName", "password"), fields(answer.json()));
        assertEquals(400, answer.json().getInt("status"));
    }

    @Test
    void meNeedsCredentialsAndWrongOnesAreRefused() {
        String email = uniqueEmail("me");
        String engineer = api.registerEngineer(email, PASSWORD);
        Api.Answer me = api.get("me", engineer);
        assertEquals(200, me.status());
        assertEquals(email, me.json().getString("email"));

        Api.Answer anonymous = api.get("me", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals("application/problem+json", anonymous.header("Content-Type"));
        assertEquals(401, api.get("me", basic(email, "wrong password 123")).status());
        assertEquals(401, api.get("me", bearer("hep_not-a-token")).status());
    }

    @Test
    void anEngineerLogsRevisesListsAndDeletesCpd() {
        String engineer = api.registerEngineer(uniqueEmail("cpd"), PASSWORD);
        LocalDate end = LocalDate.now().minusDays(3);

        Api.Answer logged = api.post("me/cpd", activity("Ventilator workshop", end, "7.5"), engineer);
        assertEquals(201, logged.status(), logged.body());
        long id = logged.json().getJsonNumber("id").longValue();
        assertTrue(logged.header("Location").endsWith("/api/v1/me/cpd/" + id));

        assertEquals("Ventilator workshop", api.get("me/cpd/" + id, engineer).json().getString("title"));
        Api.Answer revised = api.put("me/cpd/" + id, activity("Ventilator workshop (day 2)", end, "8.25"), engineer);
        assertEquals(200, revised.status(), revised.body());
        assertEquals("8.25", revised.json().getJsonNumber("hours").bigDecimalValue().toPlainString());

        api.post("me/cpd", activity("Older reading", end.minusDays(30), "1"), engineer);
        JsonObject list = api.get("me/cpd", engineer).json();
        assertEquals(2, list.getInt("total"));
        assertEquals("Ventilator workshop (day 2)", list.getJsonArray("items").getJsonObject(0).getString("title"),
                "newest first");
        assertEquals(1, api.get("me/cpd?title=older", engineer).json().getInt("total"));
        assertEquals("9.25", api.get("me/cpd/totals", engineer).json().getJsonNumber("last12Months")
                .bigDecimalValue().stripTrailingZeros().toPlainString());

        assertEquals(204, api.delete("me/cpd/" + id, engineer).status());
        assertEquals(404, api.get("me/cpd/" + id, engineer).status());
    }

    @Test
    void invalidCpdIsRefusedFieldByFieldAndNothingIsSaved() {
        String engineer = api.registerEngineer(uniqueEmail("bad"), PASSWORD);
        Api.Answer refused = api.post("me/cpd", "{\"title\":\"\",\"type\":\"NAPPING\",\"startDate\":\"2026-02-30\","
                + "\"endDate\":\"" + LocalDate.now().plusDays(5) + "\",\"hours\":0.3}", engineer);
        assertEquals(400, refused.status());
        // The reflection may follow later, so its absence is not a problem.
        assertEquals(Set.of("title", "type", "startDate", "endDate", "hours"), fields(refused.json()));
        assertEquals(0, api.get("me/cpd", engineer).json().getInt("total"));
        assertEquals(400, api.post("me/cpd", "{not json", engineer).status());
    }

    @Test
    void anotherEngineersActivityIsNotFoundAndStaysUntouched() {
        String alice = api.registerEngineer(uniqueEmail("alice"), PASSWORD);
        String bob = api.registerEngineer(uniqueEmail("bob"), PASSWORD);
        long id = api.post("me/cpd", activity("Alice's private course", LocalDate.now().minusDays(1), "2"), alice)
                .json().getJsonNumber("id").longValue();

        assertEquals(404, api.get("me/cpd/" + id, bob).status());
        assertEquals(404, api.put("me/cpd/" + id, activity("Hijacked", LocalDate.now().minusDays(1), "2"), bob).status());
        assertEquals(404, api.delete("me/cpd/" + id, bob).status());
        assertEquals(0, api.get("me/cpd", bob).json().getInt("total"));
        assertEquals("Alice's private course", api.get("me/cpd/" + id, alice).json().getString("title"));
    }

    @Test
    void aPersonalTokenWorksUntilRevokedAndItsSecretIsShownOnce() {
        String engineer = api.registerEngineer(uniqueEmail("token"), PASSWORD);
        Api.Answer created = api.post("me/tokens", "{\"name\":\"CPD import script\"}", engineer);
        assertEquals(201, created.status(), created.body());
        String secret = created.json().getString("secret");
        long id = created.json().getJsonNumber("id").longValue();

        assertEquals(200, api.get("me", bearer(secret)).status());
        assertEquals(201, api.post("me/cpd", activity("Logged by script", LocalDate.now().minusDays(2), "1"),
                bearer(secret)).status());
        JsonArray tokens = (JsonArray) api.get("me/tokens", engineer).structure();
        assertEquals(1, tokens.size());
        assertFalse(tokens.getJsonObject(0).containsKey("secret"));
        assertFalse(api.get("me/tokens", engineer).body().contains(secret));

        assertEquals(204, api.delete("me/tokens/" + id, engineer).status());
        assertEquals(401, api.get("me", bearer(secret)).status());
    }

    @Test
    void fiveFailedSignInsLockTheAccountWithoutRevealingWhetherItExists() {
        String email = uniqueEmail("locked");
        String engineer = api.registerEngineer(email, PASSWORD);
        String nobody = uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("me", basic(email, "wrong guess " + i)).status());
            assertEquals(401, api.get("me", basic(nobody, "wrong guess " + i)).status());
        }
        Api.Answer locked = api.get("me", engineer);
        assertEquals(401, locked.status(), "the right password is refused while locked");
        Api.Answer unknown = api.get("me", basic(nobody, PASSWORD));
        assertEquals(unknown.json().getString("detail"), locked.json().getString("detail"));

        String other = api.registerEngineer(uniqueEmail("other"), PASSWORD);
        assertEquals(200, api.get("me", other).status(), "other accounts are not affected");
    }

    @Test
    void aSystemAdministratorManagesRolesAndAnEngineerMayNot() {
        String email = uniqueEmail("promote");
        String engineer = api.registerEngineer(email, PASSWORD);
        long id = api.get("me", engineer).json().getJsonNumber("id").longValue();

        assertEquals(403, api.put("accounts/" + id + "/roles", "{\"roles\":[\"SYSTEM_ADMIN\"]}", engineer).status());
        assertEquals(403, api.get("accounts", engineer).status());

        Api.Answer granted = api.put("accounts/" + id + "/roles", "{\"roles\":[\"ENGINEER\",\"MENTOR\"]}", ADMIN);
        assertEquals(200, granted.status(), granted.body());
        assertEquals(2, granted.json().getJsonArray("roles").size());
        assertEquals(400, api.put("accounts/" + id + "/roles", "{\"roles\":[\"KING\"]}", ADMIN).status());

        JsonObject found = api.get("accounts?email=" + email + "&limit=5", ADMIN).json();
        assertEquals(1, found.getInt("total"));
        assertEquals(email, found.getJsonArray("items").getJsonObject(0).getString("email"));
        assertNotNull(found.getJsonArray("items").getJsonObject(0).getString("createdAt"));
    }

    @Test
    void unknownPathsAnswerAProblemDocument() {
        Api.Answer answer = api.get("no-such-thing", null);
        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).collect(Collectors.toSet());
    }

    // ---- Professional bodies, evidence and the portfolio --------------------------------------------------

    /** A real one-page PDF with the given text. */
    static byte[] pdf(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                         new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a valid PDF", e);
        }
    }

    private long logActivity(String credentials, String json) {
        Api.Answer logged = api.post("me/cpd", json, credentials);
        assertEquals(201, logged.status(), logged.body());
        return logged.json().getJsonNumber("id").longValue();
    }

    @Test
    void evidenceIsAcceptedByContentAndOnlyItsOwnerSeesIt() {
        String alice = api.registerEngineer(uniqueEmail("evidence-a"), PASSWORD);
        String bob = api.registerEngineer(uniqueEmail("evidence-b"), PASSWORD);
        long activity = logActivity(alice, activity("Infusion pump course", LocalDate.now().minusDays(3), "2"));
        long bobs = logActivity(bob, activity("Bob's course", LocalDate.now().minusDays(3), "1"));
        byte[] certificate = pdf("Certificate of attendance");

        Api.Answer attached = api.postBytes("me/evidence?activity=" + activity + "&name=..%2F..%2Fcertificate.pdf",
                "application/octet-stream", certificate, alice);
        assertEquals(201, attached.status(), attached.body());
        long id = attached.json().getJsonNumber("id").longValue();
        assertEquals("certificate.pdf", attached.json().getString("fileName"), "a path never survives as a name");
        assertEquals("application/pdf", attached.json().getString("mediaType"));

        java.net.http.HttpResponse<byte[]> download = api.getBytes("me/evidence/" + id, "*/*", alice);
        assertEquals(200, download.statusCode());
        assertTrue(java.util.Arrays.equals(certificate, download.body()), "the same bytes come back");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("certificate.pdf"));

        // Refused, each with a reason, and nothing stored: oversized, a program named .pdf, a PDF named .docx.
        byte[] oversized = java.util.Arrays.copyOf(certificate, 10 * 1024 * 1024 + 1);
        Api.Answer tooBig = api.postBytes("me/evidence?activity=" + activity + "&name=big.pdf",
                "application/pdf", oversized, alice);
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.body().contains("at most 10 MB"), tooBig.body());
        Api.Answer disguised = api.postBytes("me/evidence?activity=" + activity + "&name=setup.pdf",
                "application/pdf", "MZ\u0090 this is a Windows program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                alice);
        assertEquals(400, disguised.status());
        assertTrue(disguised.body().contains("content matches its name"), disguised.body());
        assertEquals(400, api.postBytes("me/evidence?activity=" + activity + "&name=notes.docx",
                "application/octet-stream", certificate, alice).status());
        assertEquals(1, api.get("me/evidence?activity=" + activity, alice).array().size());

        // Another engineer: cannot attach to, list, download or remove Alice's evidence.
        assertEquals(404, api.postBytes("me/evidence?activity=" + activity + "&name=x.pdf", "application/pdf",
                certificate, bob).status());
        assertEquals(404, api.get("me/evidence?activity=" + activity, bob).status());
        assertEquals(404, api.getBytes("me/evidence/" + id, "*/*", bob).statusCode());
        assertEquals(404, api.delete("me/evidence/" + id, bob).status());
        assertEquals(0, api.get("me/evidence", bob).array().size());
        assertEquals(404, api.postBytes("me/evidence?activity=" + bobs + "&name=x.pdf", "application/pdf",
                certificate, alice).status(), "nor may Alice attach to Bob's activity");
        assertEquals(401, api.getBytes("me/evidence/" + id, "*/*", null).statusCode());

        // Evidence for a self-assessment, likewise the owner's alone.
        long assessment = api.post("me/assessments", "{\"competencyId\":3,\"level\":2}", alice).json()
                .getJsonNumber("id").longValue();
        Api.Answer onAssessment = api.postBytes("me/evidence?assessment=" + assessment + "&name=calibration.pdf",
                "application/pdf", certificate, alice);
        assertEquals(201, onAssessment.status(), onAssessment.body());
        assertEquals(assessment, onAssessment.json().getJsonNumber("assessmentId").longValue());
        assertEquals(1, api.get("me/evidence?assessment=" + assessment, alice).array().size());
        assertEquals(404, api.postBytes("me/evidence?assessment=" + assessment + "&name=x.pdf", "application/pdf",
                certificate, bob).status());
        assertEquals(404, api.get("me/evidence?assessment=" + assessment, bob).status());
        assertEquals(400, api.postBytes("me/evidence?name=x.pdf", "application/pdf", certificate, alice).status(),
                "the file must be evidence for something");
        assertEquals(204, api.delete("me/evidence/" + id, alice).status());
        assertEquals(404, api.getBytes("me/evidence/" + id, "*/*", alice).statusCode());
    }

    @Test
    void progressPerBodyAndCycleAndThePortfolio() {
        String ann = api.registerEngineer(uniqueEmail("portfolio"), PASSWORD);
        LocalDate today = LocalDate.now();
        LocalDate registered = today.minusMonths(14);
        assertEquals(200, api.put("me/registrations/IPEM", "{\"registeredOn\":\"" + registered + "\","
                + "\"membershipNumber\":\"M-123\"}", ann).status());
        assertEquals(400, api.put("me/registrations/IPEM", "{\"registeredOn\":\"" + today.plusDays(1) + "\"}", ann)
                .status(), "a registration cannot start in the future");
        assertEquals(400, api.put("me/registrations/NOPE", "{\"registeredOn\":\"" + registered + "\"}", ann)
                .status());
        // Current IPEM cycle: from 12 months after registering. Two activities in it, one without reflection,
        // one in the previous cycle.
        LocalDate cycleStart = registered.plusMonths(12);
        logActivity(ann, activity("Ventilator servicing course", today.minusDays(2), "7.5"));
        logActivity(ann, "{\"title\":\"Read the new device standard\",\"type\":\"SELF_DIRECTED_LEARNING\","
                + "\"startDate\":\"" + cycleStart + "\",\"endDate\":\"" + cycleStart + "\",\"hours\":2}");
        logActivity(ann, activity("Older course", cycleStart.minusDays(1), "4"));

        JsonObject ipem = api.get("me/registrations/progress", ann).array().getJsonObject(0);
        assertEquals("IPEM", ipem.getString("body"));
        JsonObject current = ipem.getJsonObject("current");
        assertEquals(cycleStart.toString(), current.getString("start"));
        assertEquals(9.5, current.getJsonNumber("hours").doubleValue(), 1e-9);
        assertEquals(50.0, current.getJsonNumber("targetHours").doubleValue(), 1e-9);
        assertFalse(current.getBoolean("targetMet"));
        assertEquals(java.util.List.of("FORMAL_LEARNING"), current.getJsonArray("missingTypes")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(2, current.getInt("activities"));
        assertEquals(1, current.getInt("reflected"));
        assertEquals(4.0, ipem.getJsonObject("previous").getJsonNumber("hours").doubleValue(), 1e-9);

        java.net.http.HttpResponse<byte[]> portfolio = api.getBytes("me/portfolio?from=" + cycleStart.minusMonths(12)
                + "&to=" + today, "application/pdf", ann);
        assertEquals(200, portfolio.statusCode());
        String text = pdfText(portfolio.body());
        for (String expected : java.util.List.of("CPD portfolio", "Ventilator servicing course",
                "Read the new device standard", "Older course", "(not yet written)",
                "Institute of Physics and Engineering in Medicine", "Changed the ward checklist")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        Api.Answer csv = api.getAs("me/portfolio?from=" + cycleStart + "&to=" + today, "text/csv", ann);
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("Title,Type,Start date,End date,Hours,What I learned,How I applied it,"
                + "Benefit to patients and service users,Link,Evidence files"), csv.body());
        assertTrue(csv.body().contains("Ventilator servicing course") && !csv.body().contains("Older course"),
                csv.body());

        // Another engineer's portfolio holds none of Ann's activities; defining a body is for body admins.
        String other = api.registerEngineer(uniqueEmail("portfolio-other"), PASSWORD);
        assertFalse(pdfText(api.getBytes("me/portfolio", "application/pdf", other).body())
                .contains("Ventilator servicing course"));
        String body = "{\"name\":\"Test body\",\"cpdPolicy\":\"Illustrative\",\"cycleMonths\":12,"
                + "\"targetHours\":10,\"minActivityTypes\":1,\"reflectionRequired\":true,\"requiredTypes\":[]}";
        assertEquals(403, api.put("bodies/TESTBODY", body, ann).status());
        assertEquals(200, api.put("bodies/TESTBODY", body, api.registerWithRoles("body", PASSWORD, "BODY_ADMIN"))
                .status());
        assertEquals(400, api.put("bodies/TESTBODY", body.replace("\"cycleMonths\":12", "\"cycleMonths\":0"),
                api.registerWithRoles("body2", PASSWORD, "BODY_ADMIN")).status());
    }

    @Test
    void aPlanOfObjectivesServedByActivitiesAndEvaluated() {
        String ann = api.registerEngineer(uniqueEmail("plan"), PASSWORD);
        String bob = api.registerEngineer(uniqueEmail("plan-other"), PASSWORD);
        long course = logActivity(ann, activity("Networked devices course", LocalDate.now().minusDays(1), "6"));
        long bobs = logActivity(bob, activity("Bob's course", LocalDate.now().minusDays(1), "1"));
        Api.Answer planned = api.post("me/plan/objectives", "{\"title\":\"Lead a device cyber-security review\","
                + "\"targetDate\":\"" + LocalDate.now().minusDays(1) + "\",\"roleCode\":\"CHE\"}", ann);
        assertEquals(201, planned.status(), planned.body());
        long id = planned.json().getJsonNumber("id").longValue();
        assertEquals(Set.of("title", "targetDate"), fields(api.post("me/plan/objectives", "{\"title\":\" \"}", ann)
                .json()));
        assertEquals(400, api.post("me/plan/objectives", "{\"title\":\"x\",\"targetDate\":\"2027-01-01\","
                + "\"roleCode\":\"NOPE\"}", ann).status());

        assertEquals(400, api.put("me/plan/objectives/" + id + "/activities", "{\"activityIds\":[" + course + ","
                + bobs + "]}", ann).status(), "another engineer's activity cannot serve my objective");
        JsonObject linked = api.put("me/plan/objectives/" + id + "/activities", "{\"activityIds\":[" + course + "]}",
                ann).json();
        assertEquals(course, linked.getJsonArray("activityIds").getJsonNumber(0).longValue());
        assertEquals(Set.of("outcome", "evaluation"), fields(api.put("me/plan/objectives/" + id + "/evaluation",
                "{}", ann).json()));
        JsonObject evaluated = api.put("me/plan/objectives/" + id + "/evaluation", "{\"outcome\":\"PARTLY_ACHIEVED\","
                + "\"evaluation\":\"Reviewed two of five device families\"}", ann).json();
        assertEquals("PARTLY_ACHIEVED", evaluated.getString("outcome"));
        assertEquals(LocalDate.now().toString(), evaluated.getString("evaluatedOn"));

        // Bob sees none of it and changes none of it.
        assertEquals(0, api.get("me/plan/objectives", bob).array().size());
        assertEquals(404, api.put("me/plan/objectives/" + id, "{\"title\":\"Mine now\",\"targetDate\":\"2027-01-01\"}",
                bob).status());
        assertEquals(404, api.put("me/plan/objectives/" + id + "/evaluation", "{\"outcome\":\"ACHIEVED\","
                + "\"evaluation\":\"x\"}", bob).status());
        assertEquals(404, api.delete("me/plan/objectives/" + id, bob).status());

        // Objectives from the gaps for the Chief Healthcare Engineer role: one per missing competency, once.
        jakarta.json.JsonArray fromGaps = api.post("me/plan/from-gaps/CHE", "", ann).array();
        assertFalse(fromGaps.isEmpty());
        assertTrue(fromGaps.getValuesAs(JsonObject.class).stream().allMatch(o -> o.containsKey("competencyId")
                && o.getString("roleCode").equals("CHE")));
        assertEquals(0, api.post("me/plan/from-gaps/CHE", "", ann).array().size(), "planned once only");

        String text = pdfText(api.getBytes("me/portfolio", "application/pdf", ann).body());
        assertTrue(text.contains("Lead a device cyber-security review") && text.contains("Partly achieved")
                && text.contains("Reviewed two of five device families"), text);
    }
}
