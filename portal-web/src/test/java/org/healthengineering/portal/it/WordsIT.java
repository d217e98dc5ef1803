package org.healthengineering.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people read, through the deployed portal: plan objectives that follow the engineer's assessments, the CPD
 * cycle in true words, ranks that say ties, exports and uploads in words, and frameworks imported without a
 * version or codes shown as a day and without made-up codes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WordsIT {

    private static final String PASSWORD = "lantern meadow 3317";

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

    @Test
    void anObjectivePlannedFromAGapFollowsTheAssessmentMadeAfterIt() {
        String engineer = api.registerEngineer(Api.uniqueEmail("words-plan"), PASSWORD);
        JsonObject requirement = api.get("roles/CE", engineer).json().getJsonArray("competencies")
                .getValuesAs(JsonObject.class).stream().filter(c -> !c.getBoolean("verificationRequired"))
                .findFirst().orElseThrow();
        long competency = requirement.getJsonNumber("competencyId").longValue();
        int required = requirement.getInt("minLevel");

        List<JsonObject> planned = api.post("me/plan/from-gaps/CE", "", engineer).array()
                .getValuesAs(JsonObject.class);
        JsonObject objective = planned.stream().filter(o -> o.getJsonNumber("competencyId").longValue() == competency)
                .findFirst().orElseThrow();
        assertEquals("Planned from your gaps for the role Clinical Engineer.", objective.getString("description"),
                "where it came from, not the reason of the day");
        assertEquals("Today: not met. Not assessed yet.", objective.getString("standing"));
        assertEquals("NOT_MET", objective.getString("standingStatus"));

        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + competency + ",\"level\":" + required
                + "}", engineer).status());
        JsonObject after = api.get("me/plan/objectives", engineer).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == objective.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
        assertEquals("Today: met. Level " + required + " of " + required + ".", after.getString("standing"));
        assertEquals("MET", after.getString("standingStatus"));
        assertEquals(objective.getString("description"), after.getString("description"));

        String pdf = ApiIT.pdfText(api.getBytes("me/portfolio", "application/pdf", engineer).body());
        assertTrue(pdf.contains("Today: met. Level " + required + " of " + required + "."), pdf);
        assertTrue(pdf.contains("Planned from your gaps for the role Clinical Engineer."), pdf);
    }

    @Test
    void theCycleSummaryAndThePortfolioCsvSayItInWords() {
        String engineer = api.registerEngineer(Api.uniqueEmail("words-cycle"), PASSWORD);
        LocalDate today = LocalDate.now();
        assertEquals(200, api.put("me/registrations/IPEM", "{\"registeredOn\":\"" + today.minusMonths(2) + "\"}",
                engineer).status());
        // Work-based learning only: the count of types is not IPEM's rule, formal learning is missing.
        assertEquals(201, api.post("me/cpd", "{\"title\":\"Ward round with the infusion team\","
                + "\"type\":\"WORK_BASED_LEARNING\",\"startDate\":\"" + today.minusDays(3) + "\",\"endDate\":\""
                + today.minusDays(3) + "\",\"hours\":1}", engineer).status());
        String summary = api.get("me/registrations/progress", engineer).array().getJsonObject(0)
                .getJsonObject("current").getString("summary");
        assertTrue(summary.startsWith("1 hour logged of a target of 50 (49 hours to go)."), summary);
        assertTrue(summary.contains("Mix wanted: Formal learning and Work-based learning in every cycle; not yet met:"
                + " 1 type done, but Formal learning is still needed."), summary);
        assertTrue(summary.contains("Reflections written for 0 of 1 activity."), summary);
        assertFalse(summary.contains("so far") || summary.contains("(mix"), summary);

        String csv = api.getAs("me/portfolio", "text/csv", engineer).body();
        assertTrue(csv.startsWith("Title,Type,Start date,End date,Hours,"), csv);
        assertTrue(csv.contains("Ward round with the infusion team,Work-based learning,"), csv);
        assertFalse(csv.contains("WORK_BASED_LEARNING"), csv);
    }

    @Test
    void hospitalsWithTheSameValueShareTheirRankAndTheStaffingCsvIsInWords() {
        String region = "Words " + UUID.randomUUID().toString().substring(0, 8);
        Api.Registered admin = api.registerWith("words-admin", PASSWORD, "HOSPITAL_ADMIN");
        List<String> codes = new ArrayList<>();
        StringBuilder csv = new StringBuilder("Hospital code,Quarter,Staff group,Establishment (FTE),In post (FTE),"
                + "Vacant (FTE),Agency (FTE),Leavers in the quarter,Headcount under 35,Headcount 35 to 54,"
                + "Headcount 55 and over\n");
        for (int i = 0; i < 5; i++) {
            String code = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Words " + i + " (test)\","
                    + "\"kind\":\"ACUTE\",\"region\":\"" + region + "\",\"beds\":300,\"medicalDevices\":8000,"
                    + "\"consentsToBeNamed\":true}", Api.ADMIN).status());
            assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + admin.email()
                    + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
            codes.add(code);
            // Four hospitals without vacancies, the fifth with one in ten posts vacant.
            String vacant = i < 4 ? "0" : "1";
            for (String group : List.of("Clinical engineers", "Clinical technologists", "Patient-enablement engineers",
                    "Patient-enablement technicians", "Apprentices and trainees", "Managers")) {
                csv.append(code).append(",2026-Q3,").append(group).append(group.equals("Clinical engineers")
                        ? ",10," + (10 - Integer.parseInt(vacant)) + "," + vacant + ",0,1,2,3,4\n"
                        : ",0,0,0,0,0,0,0,0\n");
            }
        }
        Api.Answer uploaded = api.postRaw("staffing-returns", "text/csv", csv.toString(), admin.credentials());
        assertEquals(201, uploaded.status(), uploaded.body());

        String benchmark = "hospitals/" + codes.get(0) + "/benchmark?peers=REGION&quarter=2026-Q3";
        JsonObject vacancy = api.get(benchmark, admin.credentials()).json().getJsonArray("metrics")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("metric").equals("VACANCY_RATE"))
                .findFirst().orElseThrow();
        assertEquals(0.0, vacancy.getJsonNumber("median").doubleValue(), 1e-9);
        assertEquals(1, vacancy.getInt("rankFromLowest"));
        assertEquals(3, vacancy.getInt("rankSharedWith"));
        assertEquals("joint 1st of 5, with 3 others", vacancy.getString("rankInWords"));

        String exported = api.getAs(benchmark, "text/csv", admin.credentials()).body();
        assertTrue(exported.startsWith("Hospital,Peer group,Quarter,Metric,Unit,Value,"), exported);
        assertTrue(exported.contains("Words 0 (test),Same region,2026-Q3,Vacancy rate,%,0.0000,"), exported);
        assertTrue(exported.contains(",1,3,\"joint 1st of 5, with 3 others\","), exported);
        assertFalse(exported.contains("VACANCY_RATE") || exported.contains("REGION,"), exported);

        // A problem in a file in words names the column as the file does, and the staff group in words.
        Api.Answer refused = api.postRaw("hospitals/" + codes.get(0) + "/staffing-returns", "text/csv",
                csv.toString().replaceFirst(",2026-Q3,Clinical engineers,10,10,", ",2026-Q3,Wizards,10,ten,"),
                admin.credentials());
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("row 2, In post (FTE)") && refused.body().contains("row 2, Staff group"),
                refused.body());
    }

    @Test
    void aCaseFrameworkWithoutVersionOrCodesShowsADayAndNoMadeUpCodes() {
        String bodyAdmin = api.registerWithRoles("words-body", PASSWORD, "BODY_ADMIN");
        String doc = UUID.randomUUID().toString();
        String item = UUID.randomUUID().toString();
        String code = "WORDS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonArrayBuilder associations = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("identifier", UUID.randomUUID().toString()).add("associationType", "isChildOf")
                .add("originNodeURI", Json.createObjectBuilder().add("identifier", item).add("uri", "urn:x:" + item))
                .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", doc).add("uri", "urn:x:" + doc))
                .add("sequenceNumber", 1));
        String pkg = Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("identifier", doc).add("title", "Dated " + code)
                        .add("creator", "Test body").add("lastChangeDateTime", "2017-09-22T23:13:54+00:00")
                        .add("extensions", Json.createObjectBuilder().add("code", code)))
                .add("CFItems", Json.createArrayBuilder().add(Json.createObjectBuilder().add("identifier", item)
                        .add("fullStatement", "Keeps records of every device")))
                .add("CFAssociations", associations).build().toString();
        Api.Answer imported = api.post("frameworks/import", pkg, bodyAdmin);
        assertEquals(201, imported.status(), imported.body());
        JsonObject tree = api.get("frameworks/" + imported.json().getJsonNumber("id"), bodyAdmin).json();
        JsonObject framework = tree.getJsonObject("framework");
        assertEquals("2017-09-22T23:13:54+00:00", framework.getString("versionLabel"), "stored as it came");
        assertEquals("22 Sep 2017", framework.getString("displayVersion"));
        JsonObject node = tree.getJsonArray("competencies").getJsonObject(0);
        assertEquals(item, node.getString("code"), "the stored code is still made from the identifier");
        assertEquals("", node.getString("displayCode"), "but people are shown none");
    }
}
