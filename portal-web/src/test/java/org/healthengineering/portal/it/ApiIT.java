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
    void registrationAnswers201WithLocationAndNeverShowsThePassword() {
        String email = uniqueEmail("Reg");
        Api.Answer answer = api.post("accounts",
                "{\"email\":\"  " + email + "\",\"displayName\":\"Rhea\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(201, answer.status(), answer.body());
        JsonObject account = answer.json();
        assertTrue(answer.header("Location").endsWith("/api/v1/accounts/" + account.getJsonNumber("id").longValue()));
        assertEquals(email.toLowerCase(), account.getString("email"));
        assertEquals(1, account.getJsonArray("roles").size());
        assertEquals("ENGINEER", account.getJsonArray("roles").getString(0));
        assertFalse(answer.body().toLowerCase().contains("password"));
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
    void anEmailCanOnlyBeRegisteredOnceWhateverItsCase() {
        String email = uniqueEmail("dup");
        api.registerEngineer(email, PASSWORD);
        Api.Answer again = api.post("accounts", "{\"email\":\"" + email.toUpperCase() + "\",\"displayName\":\"Dup\","
                + "\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(409, again.status());
        assertEquals(Set.of("email"), fields(again.json()));
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
        assertEquals(Set.of("title", "type", "startDate", "endDate", "hours", "learned", "applied", "benefit"),
                fields(refused.json()));
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
}
