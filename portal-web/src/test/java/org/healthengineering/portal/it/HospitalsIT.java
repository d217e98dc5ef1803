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
}
