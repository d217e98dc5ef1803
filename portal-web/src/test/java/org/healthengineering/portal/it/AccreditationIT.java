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
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training accreditation through the API (issue 11): training providers, who creates them, who belongs to them, and
 * that a provider sees only itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccreditationIT {

    private static final String PASSWORD = "willow compass 8824";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static String code() {
        return "TP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String provider(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"contactEmail\":\"courses@" + code.toLowerCase()
                + ".example.org\",\"website\":\"https://" + code.toLowerCase() + ".example.org/courses\"}";
    }

    @Test
    void bodyAdministratorsCreateProvidersAndAssignTheirMembersWhoSeeOnlyTheirOwn() {
        Api api = new Api(deployment);
        String body = api.registerWithRoles("body-admin", PASSWORD, "BODY_ADMIN");
        String engineer = api.registerWithRoles("engineer", PASSWORD, "ENGINEER");
        Api.Registered staffA = api.registerWith("provider-a", PASSWORD, "TRAINING_PROVIDER");
        Api.Registered staffB = api.registerWith("provider-b", PASSWORD, "TRAINING_PROVIDER");
        String a = code();
        String b = code();

        // Who may create: body and system administrators; nobody else, and not anonymously.
        Api.Answer created = api.post("providers", provider(a, "Alpha Clinical Training (test)"), body);
        assertEquals(201, created.status(), created.body());
        assertEquals(a, created.json().getString("code"));
        assertEquals("courses@" + a.toLowerCase() + ".example.org", created.json().getString("contactEmail"));
        assertEquals(201, api.post("providers", provider(b, "Beta Devices Academy (test)"), Api.ADMIN).status());
        assertEquals(403, api.post("providers", provider(code(), "Not allowed"), engineer).status());
        assertEquals(403, api.post("providers", provider(code(), "Not allowed"), staffA.credentials()).status());
        assertEquals(401, api.post("providers", provider(code(), "Not allowed"), null).status());
        Api.Answer taken = api.post("providers", provider(a.toLowerCase(), "Same code, other case"), body);
        assertEquals(409, taken.status(), taken.body());

        // Every problem at once, and nothing stored.
        String bad = code();
        Api.Answer refused = api.post("providers", "{\"code\":\"" + bad + "!\",\"name\":\" \",\"contactEmail\":\"nobody\","
                + "\"website\":\"javascript:alert(1)\"}", body);
        assertEquals(400, refused.status(), refused.body());
        for (String field : List.of("code", "name", "contactEmail", "website")) {
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), field + " in " + refused.body());
        }
        assertEquals(404, api.get("providers/" + bad, Api.ADMIN).status(), "nothing half-saved");

        // Members must exist and hold the role; a refused list changes nothing.
        Api.Answer wrongRole = api.put("providers/" + a + "/members", "{\"members\":[\"" + staffA.email()
                + "\",\"nobody-" + a.toLowerCase() + "@example.org\"]}", body);
        assertEquals(400, wrongRole.status(), wrongRole.body());
        assertTrue(wrongRole.body().contains("No account has the email"), wrongRole.body());
        assertEquals(0, api.get("providers/" + a, body).json().getInt("members"));
        assertEquals(403, api.put("providers/" + a + "/members", "{\"members\":[]}", staffA.credentials()).status());
        assertEquals(200, api.put("providers/" + a + "/members", "{\"members\":[\"" + staffA.email() + "\"]}", body).status());
        assertEquals(200, api.put("providers/" + b + "/members", "{\"members\":[\"" + staffB.email() + "\"]}",
                Api.ADMIN).status());

        // A member sees its own provider and no other; an engineer sees none.
        assertEquals(200, api.get("providers/" + a, staffA.credentials()).status());
        assertEquals(404, api.get("providers/" + b, staffA.credentials()).status(), "another provider does not exist");
        assertEquals(404, api.get("providers/" + a, staffB.credentials()).status());
        assertEquals(404, api.get("providers/" + a, engineer).status());
        JsonArray mine = api.get("providers", staffA.credentials()).array();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals(a, mine.getJsonObject(0).getString("code"));
        assertEquals(0, api.get("providers", engineer).array().size());
        assertTrue(api.get("providers", body).array().size() >= 2, "administrators see every provider");

        // Administrators change the details; a member may not.
        Api.Answer renamed = api.put("providers/" + a, "{\"name\":\"Alpha Clinical Training Ltd (test)\","
                + "\"contactEmail\":\"Enquiries@Alpha.example.org\",\"website\":null}", body);
        assertEquals(200, renamed.status(), renamed.body());
        JsonObject now = renamed.json();
        assertEquals("Alpha Clinical Training Ltd (test)", now.getString("name"));
        assertEquals("enquiries@alpha.example.org", now.getString("contactEmail"));
        assertTrue(!now.containsKey("website") || now.isNull("website"), "the website was removed: " + now);
        assertEquals(403, api.put("providers/" + a, provider(a, "Renamed by its member"), staffA.credentials()).status());
        assertEquals(400, api.put("providers/" + a, provider(b, "Another code"), body).status(), "a code does not change");
    }

    @Test
    void theApiDescriptionAnswersFromTheFirstCallAndListsTheAccreditationAndAuditEndpoints() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI openapi = deployment.toURI().resolve("/openapi");
        for (int call = 1; call <= 2; call++) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(openapi).GET()
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "call " + call + ": " + answer.body());
            for (String path : List.of("/api/v1/accredited-courses", "/api/v1/courses/{id}/completions",
                    "/api/v1/providers/{code}/courses", "/api/v1/bodies/{code}/audit-campaigns")) {
                assertTrue(answer.body().contains(path), path + " in the API description");
            }
        }
    }
}
