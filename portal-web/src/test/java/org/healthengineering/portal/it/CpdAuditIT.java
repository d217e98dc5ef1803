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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CPD audit by random sample through the API (issue 11), on days the test chooses ({@link ChosenDay}): a campaign
 * from selection to outcome with two assessors and a moderator; a selection recomputed independently from its
 * published seed and eligible list; who sees which case; and the deadline job, which works from the database and
 * the date, so that a run after days without any run (a portal down) catches up, and a second run does nothing again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdAuditIT {

    private static final String PASSWORD = "lantern meadow 4471";

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(ChosenDay.class, ChosenDayResource.class);
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private void today(String day) {
        assertEquals(204, api.putRaw("test/today", "text/plain", day, null).status());
    }

    /** A body of the test's own, defined by a body administrator; answers its code. */
    private String body(String admin) {
        String code = "A" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        Api.Answer defined = api.put("bodies/" + code, "{\"name\":\"Audit Test Institute " + code + "\",\"cpdPolicy\":"
                + "\"Illustrative\",\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,"
                + "\"requiredTypes\":[]}", admin);
        assertEquals(200, defined.status(), defined.body());
        return code;
    }

    private void register(Api.Registered who, String body, String since, String title, boolean retired) {
        Api.Answer registered = api.put("me/registrations/" + body, "{\"registeredOn\":\"" + since + "\","
                + (title == null ? "" : "\"registrationTitle\":\"" + title + "\",") + "\"retired\":" + retired + "}",
                who.credentials());
        assertEquals(200, registered.status(), registered.body());
    }

    private long id(Api.Registered who) {
        return api.get("me", who.credentials()).json().getJsonNumber("id").longValue();
    }

    private long activity(Api.Registered who, String title, String day) {
        Api.Answer logged = api.post("me/cpd", "{\"title\":\"" + title + "\",\"type\":\"WORK_BASED_LEARNING\","
                + "\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\",\"hours\":3,\"learned\":\"Alarm limits\","
                + "\"applied\":\"Changed the ward checks\",\"benefit\":\"Fewer missed alarms\"}", who.credentials());
        assertEquals(201, logged.status(), logged.body());
        return logged.json().getJsonNumber("id").longValue();
    }

    private static String campaign(String title, String rate, String from, String to, String deadline) {
        return "{\"title\":\"" + title + "\",\"periodStart\":\"" + from + "\",\"periodEnd\":\"" + to + "\","
                + "\"samplingRate\":" + rate + ",\"minimumYears\":2,\"retiredIncluded\":false,\"stratifyByTitle\":true,"
                + "\"deadline\":\"" + deadline + "\"}";
    }

    private long open(String body, String json, String admin) {
        Api.Answer opened = api.post("bodies/" + body + "/audit-campaigns", json, admin);
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getJsonNumber("id").longValue();
    }

    private JsonObject select(long campaign, String admin) {
        Api.Answer selected = api.post("audit-campaigns/" + campaign + "/selection", "", admin);
        assertEquals(201, selected.status(), selected.body());
        return selected.json();
    }

    private static String words(int count) {
        return String.join(" ", java.util.Collections.nCopies(count, "calibration"));
    }

    private static String grades(String... gradesS1toS5) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < gradesS1toS5.length; i++) {
            items.add("{\"standard\":\"S" + (i + 1) + "\",\"grade\":\"" + gradesS1toS5[i] + "\",\"comment\":\""
                    + ("MET".equals(gradesS1toS5[i]) ? "" : "Evidence of benefit to service users is thin") + "\"}");
        }
        return "{\"grades\":[" + String.join(",", items) + "],\"declaresNoConflict\":true}";
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private List<String> notificationKinds(Api.Registered who) {
        return api.get("me/notifications", who.credentials()).array().getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind")).sorted().toList();
    }

    @Test
    void aCampaignRunsFromSelectionToOutcomeWithTwoAssessorsAndAModerator() {
        today("2012-03-01");
        String admin = api.registerWithRoles("audit-body", PASSWORD, "BODY_ADMIN");
        String body = body(admin);
        Api.Registered ann = api.registerWith("audit-ann", PASSWORD, "ENGINEER");
        Api.Registered other = api.registerWith("audit-other", PASSWORD, "ENGINEER");
        Api.Registered ceng = api.registerWith("audit-ceng", PASSWORD, "ENGINEER", "ASSESSOR");
        Api.Registered second = api.registerWith("audit-second", PASSWORD, "ASSESSOR");
        Api.Registered moderator = api.registerWith("audit-moderator", PASSWORD, "ASSESSOR");
        register(ann, body, "2007-05-01", "CEng", false);
        register(ceng, body, "2011-09-01", "CEng", false);
        long annId = id(ann);
        List<Long> chosen = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            chosen.add(activity(ann, "Audit activity " + i, "2011-0" + i + "-15"));
        }
        long outside = activity(ann, "Before the audit period", "2009-06-01");

        // Opening: every problem at once; only body administrators.
        Api.Answer refused = api.post("bodies/" + body + "/audit-campaigns", "{\"title\":\"\",\"periodStart\":"
                + "\"2010-03-01\",\"periodEnd\":\"2012-02-28\",\"samplingRate\":1.5,\"deadline\":\"2012-02-01\"}", admin);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("deadline", "samplingRate", "title"), fields(refused).stream().sorted().toList());
        assertEquals(403, api.post("bodies/" + body + "/audit-campaigns", campaign("Refused", "1", "2010-03-01",
                "2012-02-28", "2012-06-01"), ann.credentials()).status());
        long campaign = open(body, campaign("Renewal audit 2012", "1", "2010-03-01", "2012-02-28", "2012-06-01"), admin);
        JsonObject opened = api.get("audit-campaigns/" + campaign, admin).json();
        assertEquals("OPEN", opened.getString("status"));
        assertEquals(List.of("S1", "S2", "S3", "S4", "S5"), opened.getJsonArray("standards")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("code")).toList(), "HCPC's five");

        // The selection: everyone eligible at a rate of 1 (Ann; the CEng assessor registered too recently).
        JsonObject selection = select(campaign, admin);
        assertTrue(selection.getString("seed").matches("[0-9a-f]{64}"), selection.toString());
        assertEquals(List.of(annId), selection.getJsonArray("sampled").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("registrantId").longValue()).toList());
        assertEquals(409, api.post("audit-campaigns/" + campaign + "/selection", "", admin).status(), "drawn once");
        assertEquals("SAMPLED", api.get("audit-campaigns/" + campaign, admin).json().getString("status"));

        // Ann is told, and sees her case with the activities of the period to choose from.
        assertTrue(notificationKinds(ann).contains("AUDIT_SELECTED"));
        JsonArray mine = api.get("me/audit-cases", ann.credentials()).array();
        assertEquals(1, mine.size());
        long caseId = mine.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject seen = api.get("me/audit-cases/" + caseId, ann.credentials()).json();
        assertEquals("SELECTED", seen.getString("state"));
        assertEquals(5, seen.getJsonArray("periodActivities").size(), "the activity before the period is not listed");

        // Isolation: another engineer, an unassigned assessor: not found.
        assertEquals(404, api.get("me/audit-cases/" + caseId, other.credentials()).status());
        assertEquals(404, api.put("me/audit-cases/" + caseId, "{\"response\":\"NOT_PRACTISING\"}",
                other.credentials()).status());
        assertEquals(404, api.get("assessments/audit-cases/" + caseId, moderator.credentials()).status());
        assertEquals(403, api.get("audit-cases/" + caseId, ann.credentials()).status());

        // Drafting: an activity outside the period is refused and nothing is saved; too few activities stop the
        // submission with the problem named.
        Api.Answer outsider = api.put("me/audit-cases/" + caseId, "{\"response\":\"PROFILE_TO_FOLLOW\",\"summary\":\""
                + words(20) + "\",\"activities\":[" + outside + "]}", ann.credentials());
        assertEquals(400, outsider.status(), outsider.body());
        assertEquals("SELECTED", api.get("me/audit-cases/" + caseId, ann.credentials()).json().getString("state"));
        String three = chosen.subList(0, 3).stream().map(String::valueOf).collect(Collectors.joining(","));
        Api.Answer drafted = api.put("me/audit-cases/" + caseId, "{\"response\":\"PROFILE_TO_FOLLOW\",\"summary\":\""
                + words(501) + "\",\"statement\":\"" + words(200) + "\",\"activities\":[" + three + "]}",
                ann.credentials());
        assertEquals(200, drafted.status(), drafted.body());
        assertEquals("PROFILE_TO_FOLLOW", drafted.json().getString("state"));
        assertEquals(501, drafted.json().getJsonObject("draft").getInt("summaryWords"));
        Api.Answer early = api.post("me/audit-cases/" + caseId + "/submission", "", ann.credentials());
        assertEquals(400, early.status(), early.body());
        assertEquals(List.of("activities", "summary"), fields(early).stream().sorted().toList());
        String four = chosen.subList(0, 4).stream().map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(200, api.put("me/audit-cases/" + caseId, "{\"response\":\"PROFILE_TO_FOLLOW\",\"summary\":\""
                + words(120) + "\",\"statement\":\"" + words(900) + "\",\"activities\":[" + four + "]}",
                ann.credentials()).status());
        Api.Answer submitted = api.post("me/audit-cases/" + caseId + "/submission", "", ann.credentials());
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("state"));
        JsonObject snapshot = submitted.json().getJsonObject("submission");
        assertEquals(5, snapshot.getJsonArray("activities").size(), "the full list of the period");
        assertEquals(4, snapshot.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getBoolean("chosen")).count());

        // The snapshot is frozen: a later edit to the log does not change it, nor can the profile change.
        assertEquals(200, api.put("me/cpd/" + chosen.get(0), "{\"title\":\"Renamed afterwards\",\"type\":"
                + "\"WORK_BASED_LEARNING\",\"startDate\":\"2011-01-15\",\"endDate\":\"2011-01-15\",\"hours\":3}",
                ann.credentials()).status());
        JsonObject frozen = api.get("me/audit-cases/" + caseId, ann.credentials()).json().getJsonObject("submission");
        assertTrue(frozen.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("title").equals("Audit activity 1")), frozen.toString());
        assertTrue(frozen.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("title").equals("Renamed afterwards")));
        assertEquals(409, api.put("me/audit-cases/" + caseId, "{\"response\":\"PROFILE_TO_FOLLOW\",\"summary\":\"x\"}",
                ann.credentials()).status());

        // Assessors: at least one of Ann's title (CEng) since one exists; never Ann herself.
        Api.Answer noTitle = api.put("audit-cases/" + caseId + "/assessors", "{\"first\":\"" + second.email()
                + "\",\"second\":\"" + moderator.email() + "\"}", admin);
        assertEquals(400, noTitle.status(), noTitle.body());
        assertTrue(noTitle.body().contains("CEng"), noTitle.body());
        Api.Answer herself = api.put("audit-cases/" + caseId + "/assessors", "{\"first\":\"" + ann.email()
                + "\",\"second\":\"" + ceng.email() + "\"}", admin);
        assertEquals(400, herself.status(), herself.body());
        Api.Answer assigned = api.put("audit-cases/" + caseId + "/assessors", "{\"first\":\"" + ceng.email()
                + "\",\"second\":\"" + second.email() + "\"}", admin);
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("UNDER_ASSESSMENT", assigned.json().getString("state"));
        assertTrue(notificationKinds(ceng).contains("AUDIT_ASSIGNED"));

        // The queue holds only assigned cases; an unassigned assessor sees none of it.
        assertEquals(List.of(caseId), api.get("assessments/audit-cases", ceng.credentials()).array()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList());
        assertTrue(api.get("assessments/audit-cases", moderator.credentials()).array().isEmpty());
        assertEquals(404, api.put("assessments/audit-cases/" + caseId + "/grades", grades("MET", "MET", "MET", "MET",
                "MET"), moderator.credentials()).status());

        // Grading: every standard, with the declaration; the two disagree on S5.
        Api.Answer undeclared = api.put("assessments/audit-cases/" + caseId + "/grades", "{\"grades\":[{\"standard\":"
                + "\"S1\",\"grade\":\"MET\"}]}", ceng.credentials());
        assertEquals(400, undeclared.status(), undeclared.body());
        assertTrue(fields(undeclared).containsAll(List.of("declaresNoConflict", "grades")), undeclared.body());
        assertEquals(200, api.put("assessments/audit-cases/" + caseId + "/grades", grades("MET", "MET", "MET", "MET",
                "MET"), ceng.credentials()).status());
        Api.Answer secondGrades = api.put("assessments/audit-cases/" + caseId + "/grades", grades("MET", "MET", "MET",
                "MET", "PARTLY_MET"), second.credentials());
        assertEquals(200, secondGrades.status(), secondGrades.body());
        assertEquals(1, secondGrades.json().getJsonArray("assessments").size(), "an assessor sees only their grades");
        assertEquals(409, api.put("assessments/audit-cases/" + caseId + "/grades", grades("MET", "MET", "MET", "MET",
                "MET"), second.credentials()).status(), "graded once");
        JsonObject graded = api.get("audit-cases/" + caseId, admin).json();
        assertEquals("NEEDS_MODERATION", graded.getString("verdict"));
        assertEquals(List.of("S5"), graded.getJsonArray("disputed").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(409, api.post("audit-cases/" + caseId + "/outcome", "{\"outcome\":\"MEETS\"}", admin).status());

        // The dashboard counts it and shows the assessors' load.
        JsonObject dashboard = api.get("audit-campaigns/" + campaign + "/dashboard", admin).json();
        assertEquals(1, dashboard.getInt("cases"));
        assertEquals(1, dashboard.getJsonObject("byState").getInt("UNDER_ASSESSMENT"));
        assertEquals(2, dashboard.getJsonArray("workload").size());
        assertTrue(dashboard.getJsonArray("workload").getValuesAs(JsonObject.class).stream()
                .allMatch(w -> w.getInt("graded") == 1 && w.getInt("outstanding") == 0), dashboard.toString());

        // A moderator (a third person) decides S5 only.
        Api.Answer moderatorSelf = api.put("audit-cases/" + caseId + "/moderator", "{\"moderator\":\"" + ceng.email()
                + "\"}", admin);
        assertEquals(400, moderatorSelf.status(), moderatorSelf.body());
        assertEquals(200, api.put("audit-cases/" + caseId + "/moderator", "{\"moderator\":\"" + moderator.email()
                + "\"}", admin).status());
        Api.Answer tooMuch = api.put("assessments/audit-cases/" + caseId + "/moderation", grades("MET", "MET", "MET",
                "MET", "MET"), moderator.credentials());
        assertEquals(400, tooMuch.status(), tooMuch.body());
        Api.Answer moderated = api.put("assessments/audit-cases/" + caseId + "/moderation", "{\"grades\":[{"
                + "\"standard\":\"S5\",\"grade\":\"MET\",\"comment\":\"The statement covers it\"}],"
                + "\"declaresNoConflict\":true}", moderator.credentials());
        assertEquals(200, moderated.status(), moderated.body());
        assertEquals(3, moderated.json().getJsonArray("assessments").size(), "the moderator sees both assessors");
        assertEquals("MEETS", api.get("audit-cases/" + caseId, admin).json().getString("verdict"));

        // The outcome; Ann is told; the registrant never sees the grades.
        assertEquals(403, api.post("audit-cases/" + caseId + "/outcome", "{\"outcome\":\"MEETS\"}",
                ceng.credentials()).status());
        Api.Answer met = api.post("audit-cases/" + caseId + "/outcome", "{\"outcome\":\"MEETS\",\"note\":"
                + "\"A clear profile\"}", admin);
        assertEquals(200, met.status(), met.body());
        assertEquals("MET", met.json().getString("state"));
        JsonObject annSees = api.get("me/audit-cases/" + caseId, ann.credentials()).json();
        assertEquals("MEETS", annSees.getString("outcome"));
        assertTrue(annSees.getJsonArray("assessments").isEmpty());
        assertTrue(notificationKinds(ann).contains("AUDIT_OUTCOME"));
        assertTrue(Mailbox.received(ann.email(), "The outcome of your CPD audit"));

        // The selection verifies; the export lists the case.
        assertTrue(api.get("audit-campaigns/" + campaign + "/selection/verify", admin).json().getBoolean("matches"));
        Api.Answer csv = api.getAs("audit-campaigns/" + campaign + "/cases", "text/csv", admin);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("Case,Registrant,Email,Stratum"), csv.body());
        assertTrue(csv.body().contains(ann.email()) && csv.body().contains("Meets the standards"), csv.body());
    }

    /** The documented algorithm, written again here from the README: nothing from the portal's code. */
    private static List<Long> recompute(String seed, BigDecimal rate, Map<String, List<Long>> strata) throws Exception {
        List<Long> sample = new ArrayList<>();
        for (Map.Entry<String, List<Long>> stratum : new TreeMap<>(strata).entrySet()) {
            Map<Long, String> keys = new java.util.HashMap<>();
            for (long id : stratum.getValue()) {
                keys.put(id, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8))));
            }
            int k = rate.multiply(BigDecimal.valueOf(stratum.getValue().size())).setScale(0, RoundingMode.CEILING)
                    .intValueExact();
            stratum.getValue().stream().sorted(Comparator.comparing(keys::get)).limit(k).forEach(sample::add);
        }
        return sample;
    }

    @Test
    void theSelectionIsReproducibleFromThePublishedSeedAndEligibleList() throws Exception {
        today("2013-03-01");
        String admin = api.registerWithRoles("select-body", PASSWORD, "BODY_ADMIN");
        String body = body(admin);
        Map<Long, String> titles = new java.util.HashMap<>();
        for (int i = 0; i < 5; i++) {
            Api.Registered r = api.registerWith("select-ceng" + i, PASSWORD, "ENGINEER");
            register(r, body, "2009-01-0" + (i + 1), "CEng", false);
            titles.put(id(r), "CEng");
        }
        for (int i = 0; i < 3; i++) {
            Api.Registered r = api.registerWith("select-ieng" + i, PASSWORD, "ENGINEER");
            register(r, body, "2010-02-0" + (i + 1), "IEng", false);
            titles.put(id(r), "IEng");
        }
        Api.Registered retired = api.registerWith("select-retired", PASSWORD, "ENGINEER");
        register(retired, body, "2001-01-01", "CEng", true);
        Api.Registered recent = api.registerWith("select-recent", PASSWORD, "ENGINEER");
        register(recent, body, "2012-01-01", "CEng", false);

        long campaign = open(body, campaign("Yearly sample 2013", "0.4", "2012-03-01", "2013-02-28", "2013-06-01"),
                admin);
        assertEquals(409, api.get("audit-campaigns/" + campaign + "/selection", admin).status(), "not drawn yet");
        select(campaign, admin);
        JsonObject selection = api.get("audit-campaigns/" + campaign + "/selection", admin).json();
        String seed = selection.getString("seed");

        // The eligible list: registered two years or more, not retired, by title.
        Map<String, List<Long>> strata = new TreeMap<>();
        for (JsonObject e : selection.getJsonArray("eligible").getValuesAs(JsonObject.class)) {
            strata.computeIfAbsent(e.getString("stratum"), s -> new ArrayList<>())
                    .add(e.getJsonNumber("registrantId").longValue());
            assertFalse(e.getBoolean("notEngagedBefore"));
        }
        Map<String, List<Long>> expected = new TreeMap<>();
        titles.forEach((id, title) -> expected.computeIfAbsent(title, t -> new ArrayList<>()).add(id));
        expected.values().forEach(l -> l.sort(null));
        strata.values().forEach(l -> l.sort(null));
        assertEquals(expected, strata, "the retired and the recently registered are not eligible");

        // ceil(0.4 × 5) = 2 CEng and ceil(0.4 × 3) = 2 IEng, exactly those the documented algorithm gives.
        List<Long> sampled = selection.getJsonArray("sampled").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("registrantId").longValue()).toList();
        assertEquals(recompute(seed, new BigDecimal("0.4"), strata), sampled);
        assertEquals(List.of(2, 2), selection.getJsonArray("strata").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getInt("drawn")).toList());
        JsonObject verified = api.get("audit-campaigns/" + campaign + "/selection/verify", admin).json();
        assertTrue(verified.getBoolean("matches"), verified.toString());
        assertEquals(4, verified.getInt("stored"));
        assertEquals(4, verified.getInt("recomputed"));
        // The seed is published with the campaign.
        assertEquals(seed, api.get("audit-campaigns/" + campaign, admin).json().getString("seed"));
        // Only the body's administrators read the selection.
        assertEquals(403, api.get("audit-campaigns/" + campaign + "/selection/verify",
                api.registerWithRoles("select-assessor", PASSWORD, "ASSESSOR")).status());
    }

    @Test
    void deadlinesRemindOnceAndCloseCasesEvenAfterDaysWithoutAnyRun() {
        today("2014-01-10");
        String admin = api.registerWithRoles("deadline-body", PASSWORD, "BODY_ADMIN");
        String body = body(admin);
        Api.Registered bo = api.registerWith("deadline-bo", PASSWORD, "ENGINEER");
        Api.Registered cy = api.registerWith("deadline-cy", PASSWORD, "ENGINEER");
        register(bo, body, "2010-01-01", null, false);
        register(cy, body, "2010-01-01", null, false);
        long campaign = open(body, campaign("Deadline audit 2014", "1", "2013-01-01", "2013-12-31", "2014-02-19"),
                admin);
        select(campaign, admin);
        long boCase = api.get("me/audit-cases", bo.credentials()).array().getJsonObject(0).getJsonNumber("id")
                .longValue();
        long cyCase = api.get("me/audit-cases", cy.credentials()).array().getJsonObject(0).getJsonNumber("id")
                .longValue();
        // Cy asks to defer; a deferral waiting for a decision is not closed by the deadline.
        assertEquals(200, api.put("me/audit-cases/" + cyCase, "{\"response\":\"DEFERRAL_REQUESTED\",\"reason\":"
                + "\"Parental leave until May\"}", cy.credentials()).status());

        // Only system administrators run the job.
        assertEquals(403, api.post("operations/audit-deadlines", "", admin).status());
        // 10 January: 40 days left, nothing due.
        JsonObject first = api.post("operations/audit-deadlines", "", Api.ADMIN).json();
        assertEquals("2014-01-10", first.getString("date"));
        assertEquals(List.of("AUDIT_SELECTED"), notificationKinds(bo));

        // 25 January: 25 days left; the 30-day reminder goes once, however often the job runs.
        today("2014-01-25");
        assertTrue(api.post("operations/audit-deadlines", "", Api.ADMIN).json().getInt("reminded") >= 1);
        JsonObject again = api.post("operations/audit-deadlines", "", Api.ADMIN).json();
        assertEquals(0, again.getInt("reminded"), again.toString());
        assertEquals(List.of("AUDIT_DEADLINE_NEAR", "AUDIT_SELECTED"), notificationKinds(bo));
        assertEquals(List.of("AUDIT_SELECTED"), notificationKinds(cy), "a deferral is not reminded");

        // No run for four weeks (the portal down, say); on 21 February the deadline has passed: the first run
        // catches up and closes the case, without the stale 7- and 1-day reminders; a second run does nothing.
        today("2014-02-21");
        JsonObject late = api.post("operations/audit-deadlines", "", Api.ADMIN).json();
        assertTrue(late.getInt("nonEngaged") >= 1, late.toString());
        JsonObject lateAgain = api.post("operations/audit-deadlines", "", Api.ADMIN).json();
        assertEquals(0, lateAgain.getInt("nonEngaged"), lateAgain.toString());
        assertEquals(0, lateAgain.getInt("reminded"), lateAgain.toString());
        assertEquals("NON_ENGAGED", api.get("me/audit-cases/" + boCase, bo.credentials()).json().getString("state"));
        assertEquals("DEFERRAL_REQUESTED", api.get("me/audit-cases/" + cyCase, cy.credentials()).json()
                .getString("state"));
        assertEquals(List.of("AUDIT_DEADLINE_NEAR", "AUDIT_NON_ENGAGED", "AUDIT_SELECTED"), notificationKinds(bo));
        assertEquals(409, api.post("me/audit-cases/" + boCase + "/submission", "", bo.credentials()).status());
        JsonObject dashboard = api.get("audit-campaigns/" + campaign + "/dashboard", admin).json();
        assertEquals(1, dashboard.getJsonObject("byState").getInt("NON_ENGAGED"));
        assertEquals(List.of(boCase), dashboard.getJsonArray("overdue").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("caseId").longValue()).toList());

        // The body's next campaign adds Bo on top, marked as not engaged before; Cy is not marked.
        long next = open(body, campaign("Deadline audit 2015", "0.0001", "2013-06-01", "2014-01-31", "2014-06-30"),
                admin);
        JsonObject nextSelection = select(next, admin);
        Map<Long, Boolean> marked = nextSelection.getJsonArray("eligible").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("registrantId").longValue(),
                        e -> e.getBoolean("notEngagedBefore")));
        assertEquals(Map.of(id(bo), true, id(cy), false), marked);
        List<JsonObject> nextSampled = nextSelection.getJsonArray("sampled").getValuesAs(JsonObject.class);
        assertTrue(nextSampled.stream().anyMatch(s -> s.getJsonNumber("registrantId").longValue() == id(bo)),
                nextSelection.toString());
        assertEquals(1, nextSampled.stream().filter(s -> s.getString("reason").equals("DRAWN")).count(),
                "ceil(0.0001 × 2) = 1 drawn at random");
        assertTrue(api.get("audit-campaigns/" + next + "/selection/verify", admin).json().getBoolean("matches"));

        // Bo appeals; upheld, he owes the profile by a new deadline.
        Api.Answer appeal = api.post("me/audit-cases/" + boCase + "/appeal", "{\"grounds\":\"I was in hospital in"
                + " February\"}", bo.credentials());
        assertEquals(200, appeal.status(), appeal.body());
        assertEquals("APPEAL_LODGED", appeal.json().getString("state"));
        Api.Answer noDeadline = api.post("audit-cases/" + boCase + "/appeal-decision", "{\"decision\":\"UPHELD\","
                + "\"reason\":\"Hospital letter seen\"}", admin);
        assertEquals(400, noDeadline.status(), noDeadline.body());
        assertEquals(List.of("newDeadline"), fields(noDeadline));
        Api.Answer upheld = api.post("audit-cases/" + boCase + "/appeal-decision", "{\"decision\":\"UPHELD\","
                + "\"reason\":\"Hospital letter seen\",\"newDeadline\":\"2014-04-30\"}", admin);
        assertEquals(200, upheld.status(), upheld.body());
        assertEquals("PROFILE_TO_FOLLOW", upheld.json().getString("state"));
        assertEquals("2014-04-30", upheld.json().getString("deadline"));

        // Cy's deferral is granted.
        Api.Answer refusedWithoutReason = api.post("audit-cases/" + cyCase + "/deferral-decision",
                "{\"granted\":false}", admin);
        assertEquals(400, refusedWithoutReason.status());
        Api.Answer granted = api.post("audit-cases/" + cyCase + "/deferral-decision", "{\"granted\":true}", admin);
        assertEquals(200, granted.status(), granted.body());
        assertEquals("DEFERRED", granted.json().getString("state"));
        assertTrue(notificationKinds(cy).contains("AUDIT_DEFERRAL_DECIDED"));
    }
}
