package org.healthengineering.portal.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.healthengineering.portal.application.benchmark.BenchmarkQueries;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.staffing.Quarter;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hospitals through the API: who may see and change what, leadership posts and the parity scorecard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HospitalsIT {

    private static final String PASSWORD = "harbour lantern 3317";

    @ArquillianResource
    URL deployment;

    private Api api;
    private String a;
    private String b;
    private String adminA;
    private String viewerA;
    private String adminB;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String hospital(String name) {
        String code = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Answer created = api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"ACUTE\","
                + "\"region\":\"North\",\"beds\":450,\"medicalDevices\":12000,\"consentsToBeNamed\":false}", Api.ADMIN);
        assertEquals(201, created.status(), created.body());
        return code;
    }

    @BeforeEach
    void setUp() {
        api = new Api(deployment);
        a = hospital("Hospital A (test)");
        b = hospital("Hospital B (test)");
        Api.Registered admin1 = api.registerWith("admin-a", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered viewer1 = api.registerWith("viewer-a", PASSWORD, "BOARD_VIEWER");
        Api.Registered admin2 = api.registerWith("admin-b", PASSWORD, "HOSPITAL_ADMIN");
        adminA = admin1.credentials();
        viewerA = viewer1.credentials();
        adminB = admin2.credentials();
        assertEquals(200, api.put("hospitals/" + a + "/members", "{\"administrators\":[\"" + admin1.email() + "\"],"
                + "\"boardViewers\":[\"" + viewer1.email() + "\"]}", Api.ADMIN).status());
        assertEquals(200, api.put("hospitals/" + b + "/members", "{\"administrators\":[\"" + admin2.email() + "\"],"
                + "\"boardViewers\":[]}", Api.ADMIN).status());
    }

    private long post(String hospital, String credentials, String json) {
        Api.Answer added = api.post("hospitals/" + hospital + "/posts", json, credentials);
        assertEquals(201, added.status(), added.body());
        return added.json().getJsonNumber("id").longValue();
    }

    @Test
    void oneHospitalsFiguresAreNeverVisibleToAnothersUsers() {
        post(a, adminA, "{\"title\":\"Chief Executive\",\"kind\":\"CHIEF_EXECUTIVE\"}");
        for (String path : List.of("hospitals/" + a, "hospitals/" + a + "/posts", "hospitals/" + a + "/parity")) {
            assertEquals(404, api.get(path, adminB).status(), path + " for another hospital's admin");
        }
        assertEquals(404, api.put("hospitals/" + a, "{\"name\":\"Taken\",\"kind\":\"ACUTE\",\"region\":\"X\",\"beds\":1,"
                + "\"medicalDevices\":1}", adminB).status());
        assertEquals(404, api.post("hospitals/" + a + "/posts", "{\"title\":\"Spy\",\"kind\":\"OTHER\"}", adminB).status());
        List<String> visibleToB = ((JsonArray) api.get("hospitals", adminB).structure()).getValuesAs(JsonObject.class)
                .stream().map(h -> h.getString("code")).toList();
        assertEquals(List.of(b), visibleToB);

        assertEquals(200, api.get("hospitals/" + a + "/parity", viewerA).status(), "a board viewer reads its own");
        assertEquals(403, api.put("hospitals/" + a, "{\"name\":\"Renamed\",\"kind\":\"ACUTE\",\"region\":\"X\","
                + "\"beds\":1,\"medicalDevices\":1}", viewerA).status(), "but does not change it");
        assertEquals(403, api.post("hospitals/" + a + "/posts", "{\"title\":\"X\",\"kind\":\"OTHER\"}", viewerA).status());

        String body = api.registerWithRoles("body", PASSWORD, "BODY_ADMIN");
        String engineer = api.registerEngineer(Api.uniqueEmail("eng"), PASSWORD);
        for (String outsider : List.of(body, engineer)) {
            assertEquals(404, api.get("hospitals/" + a + "/posts", outsider).status());
            assertEquals(0, ((JsonArray) api.get("hospitals", outsider).structure()).size());
        }
        assertEquals(404, api.get("hospitals/" + a + "/posts", Api.ADMIN).status(),
                "a system administrator manages hospitals but does not read their leadership data");
        assertEquals(403, api.post("hospitals", "{\"code\":\"NOPE1\",\"name\":\"N\",\"kind\":\"ACUTE\",\"region\":\"R\","
                + "\"beds\":1,\"medicalDevices\":1}", adminA).status());
    }

    @Test
    void postsFormAStructureWithoutLoopsAndFeedTheParityScorecard() {
        long ceo = post(a, adminA, "{\"title\":\"Chief Executive\",\"kind\":\"CHIEF_EXECUTIVE\",\"boardSeat\":\"VOTING\"}");
        long che = post(a, adminA, "{\"title\":\"Chief Healthcare Engineer\",\"kind\":\"CHIEF_HEALTHCARE_ENGINEER\","
                + "\"reportsToId\":" + ceo + ",\"boardSeat\":\"ATTENDING\",\"budgetAuthority\":1000000,"
                + "\"responsibilityLevel\":5,\"decisionPowers\":[\"PROCUREMENT_SIGN_OFF\"]}");
        post(a, adminA, "{\"title\":\"Head of Surgery\",\"kind\":\"HEAD_OF_SURGERY\",\"reportsToId\":" + ceo + ","
                + "\"boardSeat\":\"VOTING\",\"budgetAuthority\":4000000,\"responsibilityLevel\":5,"
                + "\"decisionPowers\":[\"PROCUREMENT_SIGN_OFF\",\"STAFFING_DECISIONS\"]}");

        Api.Answer loop = api.put("hospitals/" + a + "/posts/" + ceo, "{\"title\":\"Chief Executive\","
                + "\"kind\":\"CHIEF_EXECUTIVE\",\"reportsToId\":" + che + "}", adminA);
        assertEquals(400, loop.status());
        assertEquals("reportsToId", loop.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        long elsewhere = post(b, adminB, "{\"title\":\"Chief Executive\",\"kind\":\"CHIEF_EXECUTIVE\"}");
        assertEquals(400, api.post("hospitals/" + a + "/posts", "{\"title\":\"X\",\"kind\":\"OTHER\",\"reportsToId\":"
                + elsewhere + "}", adminA).status(), "reporting lines stay inside the hospital");

        JsonObject parity = api.get("hospitals/" + a + "/parity", viewerA).json();
        JsonObject surgery = parity.getJsonArray("comparisons").getJsonObject(0);
        assertEquals("HEAD_OF_SURGERY", surgery.getString("chief"));
        // seat 1/2, budget 1/4, powers 1/2, level 5/5, reporting 1 step each: (0.5+0.25+0.5+1+1)/5 = 0.65
        assertEquals(65, surgery.getInt("score"));
        JsonObject nurse = parity.getJsonArray("comparisons").getJsonObject(1);
        assertFalse(nurse.getBoolean("chiefRecorded"));
        assertFalse(nurse.containsKey("score") && !nurse.isNull("score"), "a missing post is not a zero");
        assertEquals(65, parity.getInt("overall"));
        assertTrue(parity.getString("formula").startsWith("Each attribute scores from 0 to 1"));
    }

    @Test
    void membersMustHoldTheMatchingRole() {
        String engineerEmail = Api.uniqueEmail("not-admin");
        api.registerEngineer(engineerEmail, PASSWORD);
        Api.Answer refused = api.put("hospitals/" + a + "/members", "{\"administrators\":[\"" + engineerEmail + "\"],"
                + "\"boardViewers\":[\"nobody-" + UUID.randomUUID() + "@example.org\"]}", Api.ADMIN);
        assertEquals(400, refused.status());
        assertEquals(2, refused.json().getJsonArray("errors").size());
    }

    // ---- Staffing returns, benchmarks and the national view -------------------------------------------------

    /** A quarter's six CSV rows: clinical engineers carry the figures, the other groups are zeros. */
    private static String csvQuarter(String code, String quarter, String establishment, String vacancies) {
        StringBuilder rows = new StringBuilder();
        for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE", "MANAGER")) {
            rows.append(code).append(',').append(quarter).append(',').append(group);
            if (group.equals("CLINICAL_ENGINEER")) {
                double inPost = Double.parseDouble(establishment) - Double.parseDouble(vacancies);
                rows.append(',').append(establishment).append(',').append(inPost).append(',').append(vacancies)
                        .append(",1,2,10,20,10\n");
            } else {
                rows.append(",0,0,0,0,0,0,0,0\n");
            }
        }
        return rows.toString();
    }

    private static final String CSV_HEADER = "hospital_code,quarter,staff_group,establishment_fte,in_post_fte,"
            + "vacancy_fte,agency_fte,leavers,headcount_under_35,headcount_35_to_54,headcount_55_plus\n";

    private static String jsonReturn(String quarter, String vacancies) {
        StringBuilder lines = new StringBuilder();
        for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE", "MANAGER")) {
            lines.append(lines.length() == 0 ? "" : ",").append("{\"staffGroup\":\"").append(group)
                    .append("\",\"establishmentFte\":10,\"inPostFte\":8,\"vacancyFte\":").append(vacancies)
                    .append(",\"agencyFte\":1,\"leavers\":0,\"headcountUnder35\":2,\"headcount35To54\":4,")
                    .append("\"headcount55Plus\":3}");
        }
        return "{\"quarter\":\"" + quarter + "\",\"note\":\"test\",\"lines\":[" + lines + "]}";
    }

    private int revisions(String hospital, String credentials) {
        Api.Answer history = api.get("hospitals/" + hospital + "/staffing-returns", credentials);
        assertEquals(200, history.status(), history.body());
        return history.array().size();
    }

    @Test
    void staffingReturnsKeepEveryRevisionAndABadUploadSavesNothing() {
        Api.Answer first = api.post("hospitals/" + a + "/staffing-returns", jsonReturn("2026-Q2", "2"), adminA);
        assertEquals(201, first.status(), first.body());
        assertEquals(1, first.json().getInt("revision"));
        Api.Answer second = api.post("hospitals/" + a + "/staffing-returns", jsonReturn("2026-Q2", "1.5"), adminA);
        assertEquals(2, second.json().getInt("revision"));
        JsonArray q2 = api.get("hospitals/" + a + "/staffing-returns?quarter=2026-Q2", viewerA).array();
        assertEquals(2, q2.size());
        assertEquals(2, q2.getJsonObject(0).getInt("revision"), "newest first");
        assertTrue(q2.getJsonObject(1).getString("submittedBy").startsWith("admin-a"), q2.toString());
        assertEquals("2.00", q2.getJsonObject(1).getJsonArray("lines").getJsonObject(0).getJsonNumber("vacancyFte")
                .bigDecimalValue().setScale(2).toPlainString());

        // Field problems: vacancies above the establishment, and a missing staff group.
        String bad = jsonReturn("2026-Q3", "12").replace(",{\"staffGroup\":\"MANAGER\"", ",{\"staffGroup\":\"X\"");
        Api.Answer refused = api.post("hospitals/" + a + "/staffing-returns", jsonReturn("2026-Q3", "12"), adminA);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("lines[0].vacancyFte"), refused.body());
        assertEquals(400, api.post("hospitals/" + a + "/staffing-returns", bad, adminA).status());
        assertEquals(400, api.post("hospitals/" + a + "/staffing-returns", jsonReturn("2099-Q1", "1"), adminA).status());

        // A valid CSV for two quarters: one new return and the third revision of 2026-Q2.
        Api.Answer uploaded = api.postRaw("hospitals/" + a + "/staffing-returns", "text/csv",
                CSV_HEADER + csvQuarter(a, "2026-Q1", "20", "2") + csvQuarter(a, "2026-Q2", "20", "3"), adminA);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(2, uploaded.json().getInt("returns"));
        assertEquals(4, revisions(a, adminA));

        // One bad row refuses the whole file, and says which row and why.
        Api.Answer badCsv = api.postRaw("hospitals/" + a + "/staffing-returns", "text/csv",
                CSV_HEADER + csvQuarter(a, "2025-Q4", "20", "2") + csvQuarter(a, "2025-Q3", "20", "2")
                        .replaceFirst(",18\\.0,", ",eighteen,"), adminA);
        assertEquals(422, badCsv.status(), badCsv.body());
        assertEquals("application/problem+json", badCsv.header("Content-Type"));
        assertTrue(badCsv.body().contains("row 8, in_post_fte"), badCsv.body());
        assertEquals(4, revisions(a, adminA), "nothing saved from a refused file");

        // Rows for a hospital the uploader does not administer are refused, whatever else is good.
        Api.Answer foreign = api.postRaw("staffing-returns", "text/csv",
                CSV_HEADER + csvQuarter(a, "2025-Q4", "20", "2") + csvQuarter(b, "2025-Q4", "20", "2"), adminA);
        assertEquals(422, foreign.status(), foreign.body());
        assertTrue(foreign.body().contains("You do not administer a hospital with the code " + b), foreign.body());
        assertEquals(4, revisions(a, adminA));
        assertEquals(0, revisions(b, adminB));

        // Isolation: another hospital's admin, a body admin and an engineer are told it does not exist; a board
        // viewer reads but cannot submit.
        String body = api.registerWithRoles("body", PASSWORD, "BODY_ADMIN");
        String engineer = api.registerWithRoles("engineer", PASSWORD, "ENGINEER");
        for (String who : List.of(adminB, body, engineer, Api.ADMIN)) {
            assertEquals(404, api.get("hospitals/" + a + "/staffing-returns", who).status());
            assertEquals(404, api.post("hospitals/" + a + "/staffing-returns", jsonReturn("2026-Q2", "1"), who)
                    .status());
        }
        assertEquals(403, api.post("hospitals/" + a + "/staffing-returns", jsonReturn("2026-Q2", "1"), viewerA)
                .status());
        assertEquals(4, revisions(a, adminA));
    }

    @Test
    void benchmarksMatchAKnownPeerGroupAndSuppressSmallOnes() {
        String region = "Region " + UUID.randomUUID().toString().substring(0, 8);
        Api.Registered group = api.registerWith("group-admin", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered board = api.registerWith("board", PASSWORD, "BOARD_VIEWER");
        List<String> codes = new java.util.ArrayList<>();
        String[] vacancies = {"2", "4", "4", "5", "9"};
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < vacancies.length; i++) {
            String code = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            Api.Answer created = api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Peer " + i + " (test)\","
                    + "\"kind\":\"SPECIALIST\",\"region\":\"" + region + "\",\"beds\":200,\"medicalDevices\":5000,"
                    + "\"consentsToBeNamed\":true}", Api.ADMIN);
            assertEquals(201, created.status(), created.body());
            assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + group.email()
                    + "\"],\"boardViewers\":[\"" + board.email() + "\"]}", Api.ADMIN).status());
            codes.add(code);
            csv.append(csvQuarter(code, "2026-Q2", "100", vacancies[i]));
            if (i < 4) {
                csv.append(csvQuarter(code, "2026-Q1", "100", vacancies[i]));
            }
        }
        Api.Answer uploaded = api.postRaw("staffing-returns", "text/csv", csv.toString(), group.credentials());
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(9, uploaded.json().getInt("returns"));

        // Hospital 3 (5 %) among 2, 4, 4, 5 and 9 %: median 4, quartiles 4 and 5, fourth from the lowest.
        JsonObject benchmark = api.get("hospitals/" + codes.get(3) + "/benchmark?peers=REGION&quarter=2026-Q2",
                board.credentials()).json();
        assertEquals(5, benchmark.getInt("hospitalsInGroup"));
        JsonObject vacancy = metric(benchmark, "VACANCY_RATE");
        assertEquals(5.0, vacancy.getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(4.0, vacancy.getJsonNumber("median").doubleValue(), 1e-9);
        assertEquals(4.0, vacancy.getJsonNumber("lowerQuartile").doubleValue(), 1e-9);
        assertEquals(5.0, vacancy.getJsonNumber("upperQuartile").doubleValue(), 1e-9);
        assertEquals(4, vacancy.getInt("rankFromLowest"));
        assertFalse(vacancy.containsKey("outlier"));
        List<String> names = vacancy.getJsonArray("bars").getValuesAs(JsonObject.class).stream()
                .map(bar -> bar.getString("label")).sorted().toList();
        assertEquals(List.of("Peer 0 (test)", "Peer 1 (test)", "Peer 2 (test)", "Peer 3 (test)", "Peer 4 (test)"), names);
        // Hospital 4 (9 %) lies beyond the upper fence (5 + 1.5 × 1 = 6.5).
        assertEquals("high", metric(api.get("hospitals/" + codes.get(4) + "/benchmark?peers=REGION&quarter=2026-Q2",
                group.credentials()).json(), "VACANCY_RATE").getString("outlier"));
        // Trend: 2026-Q1 has four hospitals, so its peer figures are withheld.
        JsonObject q1 = vacancy.getJsonArray("trend").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("quarter").equals("2026-Q1")).findFirst().orElseThrow();
        assertEquals(4, q1.getInt("peersWithValue"));
        assertFalse(q1.containsKey("median"));
        JsonObject earlier = metric(api.get("hospitals/" + codes.get(0) + "/benchmark?peers=REGION&quarter=2026-Q1",
                board.credentials()).json(), "VACANCY_RATE");
        assertTrue(earlier.getString("suppressed").contains("only 4 hospitals"), earlier.toString());
        assertFalse(earlier.containsKey("median"));
        assertEquals(2.0, earlier.getJsonNumber("value").doubleValue(), 1e-9, "its own value is still shown");

        // The CSV export carries what the page shows.
        Api.Answer exported = api.getAs("hospitals/" + codes.get(3) + "/benchmark?peers=REGION&quarter=2026-Q2",
                "text/csv", board.credentials());
        assertEquals(200, exported.status(), exported.body());
        assertTrue(exported.body().contains("Same region,2026-Q2,Vacancy rate,%,5.0000,,5,2.0000,4.0000,4.0000,"
                + "5.0000,9.0000,4.8000,4,0,4th of 5,,"), exported.body());

        // My peers: four hospitals are too few, five are enough.
        String mine = codes.get(0);
        assertEquals(200, api.put("hospitals/" + mine + "/peers", "{\"peers\":[\"" + codes.get(1) + "\",\""
                + codes.get(2) + "\",\"" + codes.get(3) + "\"]}", group.credentials()).status());
        assertTrue(metric(api.get("hospitals/" + mine + "/benchmark?peers=CUSTOM&quarter=2026-Q2",
                board.credentials()).json(), "VACANCY_RATE").containsKey("suppressed"));
        assertEquals(403, api.put("hospitals/" + mine + "/peers", "{\"peers\":[]}", board.credentials()).status());
        assertEquals(200, api.put("hospitals/" + mine + "/peers", "{\"peers\":[\"" + codes.get(1) + "\",\""
                + codes.get(2) + "\",\"" + codes.get(3) + "\",\"" + codes.get(4) + "\"]}", group.credentials()).status());
        assertEquals(4.0, metric(api.get("hospitals/" + mine + "/benchmark?peers=CUSTOM&quarter=2026-Q2",
                board.credentials()).json(), "VACANCY_RATE").getJsonNumber("median").doubleValue(), 1e-9);

        // Nobody outside the hospital benchmarks it.
        for (String who : List.of(adminA, viewerA, Api.ADMIN)) {
            assertEquals(404, api.get("hospitals/" + mine + "/benchmark?peers=REGION", who).status());
        }
        assertEquals(400, api.get("hospitals/" + mine + "/benchmark?peers=FRIENDS", board.credentials()).status());
        // Choosing peers shows names, never figures, and only to hospitals' own users.
        JsonArray found = api.get("hospital-directory?q=" + codes.get(2), group.credentials()).array();
        assertEquals(1, found.size());
        assertEquals("Peer 2 (test)", found.getJsonObject(0).getString("name"));
        assertFalse(found.getJsonObject(0).containsKey("beds"));
        assertEquals(403, api.get("hospital-directory?q=Peer", api.registerWithRoles("engineer", PASSWORD, "ENGINEER"))
                .status());

        differencingAttacksLearnNothingAboutAHospitalThatDidNotConsent(region, codes, group, board);

        // The national view: professional bodies only; a region with one reporting hospital is withheld, and the
        // national total minus the regions shown never gives it away.
        String lonely = "Lonely " + UUID.randomUUID().toString().substring(0, 8);
        String single = "S" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + single + "\",\"name\":\"Single (test)\",\"kind\":"
                + "\"ACUTE\",\"region\":\"" + lonely + "\",\"beds\":100,\"medicalDevices\":100}", Api.ADMIN).status());
        assertEquals(200, api.put("hospitals/" + single + "/members", "{\"administrators\":[\"" + group.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        assertEquals(201, api.postRaw("staffing-returns", "text/csv", CSV_HEADER + csvQuarter(single, "2026-Q2", "50",
                "5"), group.credentials()).status());
        String body = api.registerWithRoles("body", PASSWORD, "BODY_ADMIN");
        JsonObject national = api.get("workforce/national?quarter=2026-Q2", body).json();
        JsonObject ours = region(national, region);
        assertEquals(6, ours.getInt("hospitals"));
        if (!ours.containsKey("suppressed")) {
            assertEquals(600.0, ours.getJsonNumber("establishmentFte").doubleValue(), 1e-9);
            assertEquals(54.0 / 600 * 100, ours.getJsonNumber("vacancyRate").doubleValue(), 1e-9);
        }
        JsonObject withheld = region(national, lonely);
        assertTrue(withheld.getString("suppressed").contains("fewer than 5"), withheld.toString());
        assertFalse(withheld.containsKey("establishmentFte"));
        // The attack: the total minus every region shown. What remains must be several regions holding at least
        // five hospitals together, never the lonely region's 50 FTE on its own.
        List<JsonObject> regions = national.getJsonArray("byRegion").getValuesAs(JsonObject.class);
        double shown = regions.stream().filter(r -> !r.containsKey("suppressed"))
                .mapToDouble(r -> r.getJsonNumber("establishmentFte").doubleValue()).sum();
        List<JsonObject> hidden = regions.stream().filter(r -> r.containsKey("suppressed")).toList();
        assertTrue(hidden.size() >= 2, "the lonely region is withheld with at least one other: " + hidden);
        assertTrue(hidden.stream().mapToInt(r -> r.getInt("hospitals")).sum() >= 5, hidden.toString());
        double remainder = national.getJsonObject("total").getJsonNumber("establishmentFte").doubleValue() - shown;
        assertTrue(remainder > 50.0, "the remainder " + remainder + " is more than the lonely region");
        assertEquals(10, national.getJsonArray("retirementProjection").size());
        for (String who : List.of(group.credentials(), board.credentials(), Api.ADMIN)) {
            assertEquals(403, api.get("workforce/national", who).status());
        }
    }

    /**
     * A hospital that did not consent to be named joins the region with 30 % vacancies. Its competitors try to read
     * its value: off the region's bars and statistics, and by differencing two "my peers" lists that differ by it.
     */
    private void differencingAttacksLearnNothingAboutAHospitalThatDidNotConsent(String region, List<String> codes,
                                                                               Api.Registered group,
                                                                               Api.Registered board) {
        JsonObject before = metric(api.get("hospitals/" + codes.get(3) + "/benchmark?peers=REGION&quarter=2026-Q2",
                board.credentials()).json(), "VACANCY_RATE");
        String secret = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + secret + "\",\"name\":\"Secretive (test)\","
                + "\"kind\":\"SPECIALIST\",\"region\":\"" + region + "\",\"beds\":200,\"medicalDevices\":5000,"
                + "\"consentsToBeNamed\":false}", Api.ADMIN).status());
        Api.Registered secretive = api.registerWith("secretive-admin", PASSWORD, "HOSPITAL_ADMIN");
        assertEquals(200, api.put("hospitals/" + secret + "/members", "{\"administrators\":[\"" + secretive.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        assertEquals(201, api.postRaw("hospitals/" + secret + "/staffing-returns", "text/csv",
                CSV_HEADER + csvQuarter(secret, "2026-Q2", "100", "30"), secretive.credentials()).status());

        JsonObject after = metric(api.get("hospitals/" + codes.get(3) + "/benchmark?peers=REGION&quarter=2026-Q2",
                board.credentials()).json(), "VACANCY_RATE");
        for (String figure : List.of("lowest", "lowerQuartile", "median", "upperQuartile", "highest", "mean",
                "peersWithValue", "rankFromLowest", "bars")) {
            assertEquals(before.get(figure), after.get(figure), figure + " of the region is unchanged by it");
        }
        assertTrue(after.getString("leftOut").contains("left out"), after.toString());

        String mine = codes.get(0);
        String four = String.join("\",\"", codes.subList(1, 5));
        assertEquals(200, api.put("hospitals/" + mine + "/peers", "{\"peers\":[\"" + four + "\"]}",
                group.credentials()).status());
        JsonObject without = metric(api.get("hospitals/" + mine + "/benchmark?peers=CUSTOM&quarter=2026-Q2",
                board.credentials()).json(), "VACANCY_RATE");
        assertEquals(200, api.put("hospitals/" + mine + "/peers", "{\"peers\":[\"" + four + "\",\"" + secret + "\"]}",
                group.credentials()).status());
        JsonObject with = metric(api.get("hospitals/" + mine + "/benchmark?peers=CUSTOM&quarter=2026-Q2",
                board.credentials()).json(), "VACANCY_RATE");
        for (String figure : List.of("lowest", "lowerQuartile", "median", "upperQuartile", "highest", "mean",
                "peersWithValue", "rankFromLowest", "bars")) {
            assertEquals(without.get(figure), with.get(figure), figure + " is the same with and without it");
        }
        assertTrue(with.getJsonArray("bars").getValuesAs(JsonObject.class).stream()
                .noneMatch(bar -> bar.getJsonNumber("value").doubleValue() == 30.0), "its value is drawn nowhere");
        assertEquals(200, api.put("hospitals/" + mine + "/peers", "{\"peers\":[\"" + four + "\"]}",
                group.credentials()).status());
    }

    /**
     * A portal group's kept statistics against every figure: 400 synthetic hospitals of one region are written over
     * JDBC, as a bulk load would, and their benchmark through the API must equal the one the domain draws from every
     * peer's figures; a return then uploaded through the API reaches the kept statistics within seconds.
     */
    @Test
    void keptPeerStatisticsEqualEveryFigureAndFollowAReturn() throws Exception {
        String region = "Kept region " + UUID.randomUUID().toString().substring(0, 8);
        String prefix = "K" + UUID.randomUUID().toString().substring(0, 5).toUpperCase() + "-";
        Quarter quarter = Quarter.parse("2026-Q2", "quarter");
        try (java.sql.Connection db = Statements.connect()) {
            db.setAutoCommit(false);
            org.healthengineering.portal.application.startup.SyntheticHospitals.generate(db, prefix, region, 400,
                    quarter, Benchmark.TREND_QUARTERS, 77, true);
            db.commit();
        }
        String code = prefix + "00001";
        Api.Registered admin = api.registerWith("kept-admin", PASSWORD, "HOSPITAL_ADMIN");
        assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + admin.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        String path = "hospitals/" + code + "/benchmark?peers=REGION&quarter=" + quarter;

        JsonObject kept = keptAfter(path, admin.credentials(), null);
        assertEquals(400, kept.getInt("hospitalsInGroup"));
        assertSameAsEveryFigure(kept, code, quarter);

        // A return through the API: the hospital's own value at once, the group's statistics within seconds.
        Api.Answer uploaded = api.postRaw("staffing-returns", "text/csv", CSV_HEADER
                + csvQuarter(code, quarter.toString(), "100", "60"), admin.credentials());
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject after = keptAfter(path, admin.credentials(), kept.getString("statisticsKeptAt"));
        assertEquals(60.0, metric(after, "VACANCY_RATE").getJsonNumber("value").doubleValue(), 1e-9);
        assertSameAsEveryFigure(after, code, quarter);
        assertTrue(metric(after, "VACANCY_RATE").getJsonNumber("mean").doubleValue()
                > metric(kept, "VACANCY_RATE").getJsonNumber("mean").doubleValue(), "the new figure is counted");
    }

    /** The benchmark once its kept statistics are newer than {@code since} and nothing waits (at most 40 s). */
    private JsonObject keptAfter(String path, String credentials, String since) throws InterruptedException {
        long deadline = System.nanoTime() + 40_000_000_000L;
        JsonObject benchmark;
        do {
            Api.Answer answer = api.get(path, credentials);
            assertEquals(200, answer.status(), answer.body());
            benchmark = answer.json();
            if (benchmark.containsKey("statisticsKeptAt") && !benchmark.containsKey("statisticsPendingSince")
                    && (since == null || benchmark.getString("statisticsKeptAt").compareTo(since) > 0)) {
                return benchmark;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the peer statistics were not kept within 40 s: " + benchmark.toString()
                .substring(0, Math.min(400, benchmark.toString().length())));
    }

    /** Every metric of the answer as the domain draws it from every peer's figures, read here over JDBC. */
    private static void assertSameAsEveryFigure(JsonObject answer, String code, Quarter quarter) throws Exception {
        Benchmark live;
        try (java.sql.Connection db = Statements.connect();
             java.sql.PreparedStatement select = db.prepareStatement("SELECT id, kind, region, beds FROM hospital"
                     + " WHERE code = ?")) {
            select.setString(1, code);
            try (java.sql.ResultSet rs = select.executeQuery()) {
                rs.next();
                BenchmarkQueries.Scope scope = BenchmarkQueries.Scope.of(PeerGroup.REGION, rs.getLong(1),
                        HospitalKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4));
                live = Benchmark.compute(rs.getLong(1), PeerGroup.REGION, quarter, BenchmarkQueries.peers(db, scope),
                        BenchmarkQueries.quarterRows(db, scope, quarter.lastQuarters(Benchmark.TREND_QUARTERS)));
            }
        }
        assertEquals(live.peerCount(), answer.getInt("hospitalsInGroup"));
        for (Benchmark.MetricResult expected : live.metrics()) {
            JsonObject m = metric(answer, expected.metric().name());
            String what = expected.metric() + " of " + code;
            assertEquals(expected.suppressed() == null, !m.containsKey("suppressed"), what);
            expected.statistics().ifPresent(s -> {
                assertEquals(s.count(), m.getInt("peersWithValue"), what);
                assertEquals(s.mean(), m.getJsonNumber("mean").doubleValue(), 1e-9, what);
                if (!expected.metric().isYesNo()) {
                    assertEquals(s.lowest(), m.getJsonNumber("lowest").doubleValue(), 1e-9, what);
                    assertEquals(s.lowerQuartile(), m.getJsonNumber("lowerQuartile").doubleValue(), 1e-9, what);
                    assertEquals(s.median(), m.getJsonNumber("median").doubleValue(), 1e-9, what);
                    assertEquals(s.upperQuartile(), m.getJsonNumber("upperQuartile").doubleValue(), 1e-9, what);
                    assertEquals(s.highest(), m.getJsonNumber("highest").doubleValue(), 1e-9, what);
                }
            });
            if (expected.rank() != null) {
                assertEquals(expected.rank().position(), m.getInt("rankFromLowest"), what);
                assertEquals(expected.rank().sharedWith(), m.getInt("rankSharedWith"), what);
            }
            List<Double> bars = m.containsKey("bars") ? m.getJsonArray("bars").getValuesAs(JsonObject.class).stream()
                    .map(b -> b.getJsonNumber("value").doubleValue()).toList() : List.of();
            assertEquals(expected.bars().stream().map(Benchmark.Bar::value).toList(), bars, what);
            List<String> trend = m.containsKey("trend") ? m.getJsonArray("trend").getValuesAs(JsonObject.class)
                    .stream().map(t -> t.getString("quarter") + " " + t.getInt("peersWithValue") + " "
                            + (t.containsKey("median") ? t.getJsonNumber("median").doubleValue() : "-")).toList()
                    : List.of();
            assertEquals(expected.trend().stream().map(t -> t.quarter() + " " + t.peersWithValue() + " "
                    + (t.median() == null ? "-" : t.median())).toList(), trend, what);
        }
    }

    private static JsonObject metric(JsonObject benchmark, String name) {
        return benchmark.getJsonArray("metrics").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("metric").equals(name)).findFirst().orElseThrow();
    }

    private static JsonObject region(JsonObject national, String name) {
        return national.getJsonArray("byRegion").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("label").equals(name)).findFirst().orElseThrow();
    }
}
