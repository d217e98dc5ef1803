package org.healthengineering.portal.it;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.healthengineering.portal.domain.credential.BakedPng;
import org.healthengineering.portal.domain.credential.BitstringStatusList;
import org.healthengineering.portal.domain.credential.DidKey;
import org.healthengineering.portal.domain.credential.EddsaRdfc2022;
import org.healthengineering.portal.domain.credential.IdentityHash;
import org.healthengineering.portal.domain.credential.Multikey;
import org.healthengineering.portal.domain.credential.VcJwt;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verifiable credentials through the API (issue 13): an assessor verifies an engineer's competency; the engineer's
 * wallet issues its Open Badges credential once; anyone reads it, checks its embedded proof and its VC-JWT with the
 * keys the issuer's profile publishes, and reads its status lists; a body administrator suspends, reinstates and
 * revokes it, which the lists show; rotating the issuer's keys keeps the old credential verifying while new ones
 * are signed with the new key; a compromised key is published as such. Who may do what is checked at each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialsIT {

    private static final String PASSWORD = "harbour violet 2290";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
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

    /** The API path of one of the portal's own URLs, whatever base URL the credential was issued under. */
    private static String apiPath(String url) {
        return url.substring(url.indexOf("/api/v1/") + "/api/v1/".length());
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** The verification method of the issuer's profile with this id. */
    private static JsonObject method(JsonObject profile, String id) {
        return profile.getJsonArray("verificationMethod").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the profile publishes no key " + id + ": " + profile));
    }

    private static PublicKey ed25519(JsonObject profile, String id) {
        return Multikey.decodePublicKey(method(profile, id).getString("publicKeyMultibase"));
    }

    private static boolean bit(Api api, JsonObject entry) {
        Api.Answer list = api.get(apiPath(entry.getString("statusListCredential")), null);
        assertEquals(200, list.status(), list.body());
        JsonObject subject = list.json().getJsonObject("credentialSubject");
        assertEquals(entry.getString("statusPurpose"), subject.getString("statusPurpose"));
        return BitstringStatusList.decode(subject.getString("encodedList"))
                .isSet(Integer.parseInt(entry.getString("statusListIndex")));
    }

    private static List<String> outcomes(JsonObject report) {
        return report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("outcome")).toList();
    }

    private static String check(JsonObject report, String check) {
        return report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("check").equals(check)).findFirst().orElseThrow().getString("outcome");
    }

    /** An OpenBadgeCredential of a sterile-services course from an issuer outside the portal. */
    private static String outsideCredential(KeyPair key, String email, String achievementId) {
        return new OutsideIssuer(key, "Outside Training Ltd (synthetic)").credential(email, achievementId,
                "Sterile services decontamination", "Attended three days and passed the assessment.");
    }

    @Test
    void aCredentialFromAnotherIssuerImportsVerifiedAndCountsAsTheQualificationThatNamesItsAchievement()
            throws Exception {
        Api api = new Api(deployment);
        Api.Registered cai = api.registerWith("import-cai", PASSWORD, "ENGINEER");
        Api.Registered body = api.registerWith("import-body", PASSWORD, "BODY_ADMIN");
        KeyPair outside = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String achievementId = "https://training.example.org/achievements/" + UUID.randomUUID();
        String code = "OB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String issuer = DidKey.of(outside.getPublic());
        Api.Answer badId = api.put("qualifications/" + code, "{\"name\":\"Decontamination\",\"awardingBody\":"
                + "\"Outside Training\",\"kind\":\"CERTIFICATE\",\"achievementId\":\"javascript:alert(1)\","
                + "\"achievementIssuer\":\"ftp://training.example.org\"}", body.credentials());
        assertEquals(400, badId.status(), badId.body());
        assertTrue(badId.body().contains("achievementId") && badId.body().contains("achievementIssuer"), badId.body());
        Api.Answer halfLink = api.put("qualifications/" + code, "{\"name\":\"Decontamination\",\"awardingBody\":"
                + "\"Outside Training\",\"kind\":\"CERTIFICATE\",\"achievementId\":\"" + achievementId + "\"}",
                body.credentials());
        assertEquals(400, halfLink.status(), "an achievement without the issuer trusted to award it");
        assertTrue(halfLink.body().contains("achievementIssuer"), halfLink.body());
        Api.Answer entry = api.put("qualifications/" + code, "{\"name\":\"Decontamination\",\"awardingBody\":"
                + "\"Outside Training\",\"kind\":\"CERTIFICATE\",\"achievementId\":\"" + achievementId + "\","
                + "\"achievementIssuer\":\"" + issuer + "\"}", body.credentials());
        assertEquals(200, entry.status(), entry.body());
        long qualificationId = entry.json().getJsonNumber("id").longValue();

        // Someone else's credential verifies, but not for this engineer: kept, does not count.
        Api.Answer notMine = api.postRaw("me/credentials/import", "application/json",
                outsideCredential(outside, "somebody@example.org", achievementId), cai.credentials());
        assertEquals(201, notMine.status(), notMine.body());
        assertEquals("FAIL", check(notMine.json(), "RECIPIENT"));
        assertFalse(notMine.json().getBoolean("countsAsQualification"));

        // A badge for the same achievement from an issuer the catalogue does not name passes, but does not count.
        KeyPair impostor = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Api.Answer selfMade = api.postRaw("me/credentials/import", "application/json",
                outsideCredential(impostor, cai.email(), achievementId), cai.credentials());
        assertEquals(201, selfMade.status(), selfMade.body());
        assertEquals("PASS", selfMade.json().getString("outcome"), selfMade.body());
        assertFalse(selfMade.json().getBoolean("countsAsQualification"), "only the trusted issuer's badge counts");

        // Theirs passes every check and counts as the qualification, verified by the credential.
        Api.Answer mine = api.postRaw("me/credentials/import", "application/json",
                outsideCredential(outside, cai.email(), achievementId), cai.credentials());
        assertEquals(201, mine.status(), mine.body());
        assertEquals("PASS", mine.json().getString("outcome"), mine.body());
        assertTrue(mine.json().getBoolean("countsAsQualification"));
        JsonObject held = api.get("me/qualifications", cai.credentials()).array().getValuesAs(JsonObject.class)
                .stream().filter(q -> q.getJsonNumber("qualificationId").longValue() == qualificationId).findFirst()
                .orElseThrow();
        assertEquals("VERIFIED", held.getString("status"));
        assertEquals(3, api.get("me/credentials/imported", cai.credentials()).array().size());
        assertEquals(403, api.get("me/credentials/imported", body.credentials()).status(),
                "a body administrator holds no wallet");

        // Garbage never answers a 5xx: the verifier reports it, the import refuses it with the reason.
        List<String> garbage = List.of("", "{", "null", "[]", "a.b.c", "{\"@context\":\"https://evil.example/ctx\"}",
                "[".repeat(5000), "\u0089PNG\r\n\u001a\nrubbish", "{\"proof\":\"x\",\"issuer\":5}");
        for (String input : garbage) {
            Api.Answer verified = api.postRaw("verify", "application/json", input, null);
            assertEquals(200, verified.status(), input + ": " + verified.body());
            assertEquals("FAIL", verified.json().getString("outcome"), input);
            Api.Answer imported = api.postRaw("me/credentials/import", "application/json", input, cai.credentials());
            assertEquals(400, imported.status(), input + ": " + imported.body());
            assertTrue(imported.header("Content-Type").startsWith("application/problem+json"));
        }
        Api.Answer tooBig = api.postBytes("verify", "application/json", new byte[2 * 1024 * 1024 + 10], null);
        assertTrue(tooBig.status() == 413 || tooBig.json().getString("outcome").equals("FAIL"), tooBig.body());

        // Nothing is fetched from a private address, by URL or as a key.
        Api.Answer privateUrl = api.post("verify?url=https://127.0.0.1/credential.json", "", null);
        assertEquals(400, privateUrl.status(), privateUrl.body());
        assertTrue(privateUrl.body().contains("loopback"), privateUrl.body());
        Api.Answer privateName = api.post("verify?url=https://localhost/credential.json", "", null);
        assertTrue(privateName.body().contains("loopback"), "a name is judged by its addresses: " + privateName.body());
        assertTrue(privateUrl.header("Content-Type").startsWith("application/problem+json"));
        Api.Answer plainHttp = api.post("verify?url=http://training.example.org/c.json", "", null);
        assertEquals(400, plainHttp.status(), plainHttp.body());
        String pointing = outsideCredential(outside, cai.email(), achievementId)
                .replace(DidKey.verificationMethod(outside.getPublic()), "https://10.0.0.1/keys#1");
        JsonObject ssrf = api.postRaw("verify", "application/json", pointing, null).json();
        assertNotEquals("PASS", check(ssrf, "ISSUER_KEY"), ssrf.toString());
        assertFalse(ssrf.getBoolean("valid"));
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    /**
     * In the pages, with axe on each: an engineer opens their wallet, shares a credential's link, and an anonymous
     * visitor opens it and sees it verified with the holder's name; the visitor also checks the credential by its
     * id, and a pasted forgery is shown as not valid.
     */
    @Test
    void anEngineerSharesACredentialAndAVisitorSeesItVerified() {
        Api api = new Api(deployment);
        Api.Registered dee = api.registerWith("wallet-dee", PASSWORD, "ENGINEER");
        Api.Registered assessor = api.registerWith("wallet-assessor", PASSWORD, "ASSESSOR");
        long deeId = api.get("me", dee.credentials()).json().getJsonNumber("id").longValue();
        long lead1 = competency(api, "LEAD.1", dee.credentials());
        assertEquals(201, api.post("engineers/" + deeId + "/competencies/" + lead1 + "/verifications",
                "{\"level\":3}", assessor.credentials()).status());
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), dee.email(), PASSWORD);
                browser.open(url("/credentials/index.xhtml"));
                browser.waitForText("body", "Verified competency");
                browser.checkAccessibility();
                browser.click("wallet-form:credentials:0:share");
                browser.waitForText("body", "Anyone with the link can now see");
                browser.checkAccessibility();
                String link = browser.find("[id='wallet-form:credentials:0:share-url']").getAttribute("value");
                String token = link.substring(link.indexOf("?t=") + 3);
                String publicId = api.get("me/credentials", dee.credentials()).array().getJsonObject(0)
                        .getString("publicId");
                browser.driver.manage().deleteAllCookies();

                browser.open(url("/verify/shared.xhtml?t=" + token));
                browser.waitForText("#shared-holder", "Test engineer shares");
                browser.waitForText("#report-title", "Verified: every check passed");
                browser.checkAccessibility();
                browser.screenshot("credential-shared");

                browser.open(url("/verify/index.xhtml?credential=" + publicId));
                browser.waitForText("#report-title", "Verified");
                browser.checkAccessibility();
                browser.type("verify-form:pasted", api.get("credentials/" + publicId, null).body()
                        .replace("\"Competency\"", "\"Course\""));
                browser.click("verify-form:check-pasted");
                browser.waitForText("#report-title", "Not valid");
                browser.checkAccessibility();
                browser.screenshot("credential-forgery");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("credentials-failure");
                throw e;
            }
        }
        // A closed link answers not found.
        String token = api.get("me/credentials", dee.credentials()).array().getJsonObject(0).getString("shareUrl");
        token = token.substring(token.indexOf("?t=") + 3);
        assertEquals(200, send(url("/verify/shared.xhtml?t=" + token)));
        assertEquals(200, api.delete("me/credentials/" + api.get("me/credentials", dee.credentials()).array()
                .getJsonObject(0).getJsonNumber("id").longValue() + "/share", dee.credentials()).status());
        assertEquals(404, send(url("/verify/shared.xhtml?t=" + token)));
    }

    private static int send(String page) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(page)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Four requests open one wallet at once: every one answers, and each credential is issued once. */
    @Test
    void aWalletOpenedFourTimesAtOnceIssuesEachCredentialOnce() throws Exception {
        Api api = new Api(deployment);
        Api.Registered eli = api.registerWith("wallet-eli", PASSWORD, "ENGINEER");
        Api.Registered assessor = api.registerWith("wallet-eli-assessor", PASSWORD, "ASSESSOR");
        long eliId = api.get("me", eli.credentials()).json().getJsonNumber("id").longValue();
        for (String code : List.of("LEAD.1", "LEAD.2", "LEAD.3")) {
            assertEquals(201, api.post("engineers/" + eliId + "/competencies/" + competency(api, code,
                    eli.credentials()) + "/verifications", "{\"level\":2}", assessor.credentials()).status());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> new Api(deployment).get("me/credentials", eli.credentials())));
            }
            for (java.util.concurrent.Future<Api.Answer> answer : answers) {
                Api.Answer got = answer.get();
                assertEquals(200, got.status(), got.body());
                assertEquals(3, got.array().size(), got.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, api.get("me/credentials", eli.credentials()).array().size());

        // A later verification of LEAD.1 supersedes the credential of the earlier one, which is revoked.
        long lead1 = competency(api, "LEAD.1", eli.credentials());
        assertEquals(201, api.post("engineers/" + eliId + "/competencies/" + lead1 + "/verifications",
                "{\"level\":4,\"reason\":\"Leads the department now\"}", assessor.credentials()).status());
        List<JsonObject> after = api.get("me/credentials", eli.credentials()).array().getValuesAs(JsonObject.class);
        assertEquals(4, after.size());
        assertEquals(1, after.stream().filter(c -> c.getString("state").equals("REVOKED")
                && c.getString("stateReason").startsWith("Superseded")).count(), after.toString());
    }

    @Test
    void aVerifiedCompetencyBecomesACredentialAnyoneCanCheckAndTheBodyCanSuspendReinstateAndRevoke() throws Exception {
        Api api = new Api(deployment);
        Api.Registered ada = api.registerWith("credential-ada", PASSWORD, "ENGINEER");
        Api.Registered ben = api.registerWith("credential-ben", PASSWORD, "ENGINEER");
        Api.Registered assessor = api.registerWith("credential-assessor", PASSWORD, "ASSESSOR");
        Api.Registered body = api.registerWith("credential-body", PASSWORD, "BODY_ADMIN");
        long adaId = api.get("me", ada.credentials()).json().getJsonNumber("id").longValue();
        long lead1 = competency(api, "LEAD.1", ada.credentials());
        long lead2 = competency(api, "LEAD.2", ada.credentials());

        assertEquals(401, api.get("me/credentials", null).status());
        assertEquals(0, api.get("me/credentials", ada.credentials()).array().size(), "nothing verified yet");
        assertEquals(201, api.post("engineers/" + adaId + "/competencies/" + lead1 + "/verifications",
                "{\"level\":3}", assessor.credentials()).status());

        // The wallet issues the credential once, however often it is opened.
        Api.Answer wallet = api.get("me/credentials", ada.credentials());
        assertEquals(200, wallet.status(), wallet.body());
        assertEquals(1, wallet.array().size(), wallet.body());
        assertEquals(1, api.get("me/credentials", ada.credentials()).array().size());
        JsonObject held = wallet.array().getJsonObject(0);
        long id = held.getJsonNumber("id").longValue();
        assertEquals("COMPETENCY", held.getString("kind"));
        assertEquals("ACTIVE", held.getString("state"));
        assertEquals(404, api.get("me/credentials/" + id, ben.credentials()).status(), "another's answers not found");
        assertEquals(0, api.get("me/credentials", ben.credentials()).array().size());

        // Anyone reads it: an OpenBadgeCredential for a hashed email, aligned to the CASE item, with a proof.
        String publicId = held.getString("publicId");
        Api.Answer document = api.getAs("credentials/" + publicId, "application/ld+json", null);
        assertEquals(200, document.status(), document.body());
        assertTrue(document.header("Content-Type").startsWith("application/ld+json"));
        JsonObject credential = document.json();
        assertFalse(document.body().contains(ada.email()), "the email never shows");
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        assertTrue(IdentityHash.matches(identity.getString("identityHash"), identity.getString("salt"), ada.email()));
        assertFalse(IdentityHash.matches(identity.getString("identityHash"), identity.getString("salt"), ben.email()));
        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("Competency", achievement.getString("achievementType"));
        assertEquals("CFItem", achievement.getJsonArray("alignment").getJsonObject(0).getString("targetType"));
        assertTrue(subject.getJsonArray("result").getJsonObject(0).getString("achievedLevel").endsWith("#level-3"));

        // The achievement's id answers, for anyone, with what it is and the CASE item it covers.
        Api.Answer described = api.get(apiPath(achievement.getString("id")), null);
        assertEquals(200, described.status(), described.body());
        assertEquals(achievement.getString("name"), described.json().getString("name"));
        assertEquals("CFItem", described.json().getJsonArray("alignment").getJsonObject(0).getString("targetType"));
        assertEquals(404, api.get(apiPath(achievement.getString("id")).replace("competency-", "scheme-"), null)
                .status());
        assertEquals(404, api.get(apiPath(achievement.getString("id")) + "x", null).status());

        // Its proof verifies with the key the issuer's profile publishes; so does its VC-JWT.
        JsonObject issuer = credential.getJsonObject("issuer");
        Api.Answer profileAnswer = api.get(apiPath(issuer.getString("id")), null);
        assertEquals(200, profileAnswer.status(), profileAnswer.body());
        JsonObject profile = profileAnswer.json();
        String oldKey = credential.getJsonObject("proof").getString("verificationMethod");
        assertTrue(EddsaRdfc2022.verify(credential, ed25519(profile, oldKey)).isVerified());
        Api.Answer jwt = api.getAs("credentials/" + publicId, "application/vc+jwt", null);
        assertEquals(200, jwt.status());
        String rsaKeyId = VcJwt.keyId(jwt.body()).orElseThrow();
        RSAPublicKey rsa = JWK.parse(method(profile, rsaKeyId).getJsonObject("publicKeyJwk").toString()).toRSAKey()
                .toRSAPublicKey();
        assertTrue(VcJwt.verify(jwt.body(), rsa).isVerified());
        assertEquals(credential, VcJwt.credential(jwt.body()));

        // The baked PNG carries the same credential.
        HttpResponse<byte[]> png = api.getBytes("me/credentials/" + id + "/download/png", "image/png",
                ada.credentials());
        assertEquals(200, png.statusCode());
        assertEquals(credential, parse(BakedPng.credentialIn(png.body()).orElseThrow()));
        assertEquals(404, api.getBytes("me/credentials/" + id + "/download/png", "image/png", ben.credentials())
                .statusCode());

        // Its status lists are signed, cacheable, and say it is neither revoked nor suspended.
        List<JsonObject> entries = credential.getJsonArray("credentialStatus").getValuesAs(JsonObject.class);
        JsonObject revocation = entries.stream().filter(e -> e.getString("statusPurpose").equals("revocation"))
                .findFirst().orElseThrow();
        JsonObject suspension = entries.stream().filter(e -> e.getString("statusPurpose").equals("suspension"))
                .findFirst().orElseThrow();
        Api.Answer list = api.get(apiPath(revocation.getString("statusListCredential")), null);
        assertTrue(list.header("Cache-Control").contains("max-age=300"), list.header("Cache-Control"));
        assertNotNull(list.header("ETag"));
        assertTrue(EddsaRdfc2022.verify(list.json(), ed25519(profile,
                list.json().getJsonObject("proof").getString("verificationMethod"))).isVerified());
        assertFalse(bit(api, revocation));
        assertFalse(bit(api, suspension));

        // The public verifier passes every check, the recipient only with the holder's email; so does the badge.
        JsonObject report = api.postRaw("verify", "application/ld+json", document.body(), null).json();
        assertEquals("WARN", report.getString("outcome"), report.toString());
        assertEquals(List.of("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "WARN"), outcomes(report));
        JsonObject withEmail = api.postRaw("verify?email=" + ada.email(), "application/ld+json", document.body(),
                null).json();
        assertTrue(withEmail.getBoolean("valid"), withEmail.toString());
        assertEquals("FAIL", check(api.postRaw("verify?email=" + ben.email(), "application/ld+json",
                document.body(), null).json(), "RECIPIENT"));
        assertEquals("PASS", check(api.postRaw("verify", "application/vc+jwt", jwt.body(), null).json(), "PROOF"));
        assertEquals("PASS", check(api.postBytes("verify", "image/png", png.body(), null).json(), "PROOF"));
        String tampered = document.body().replace("\"Competency\"", "\"Course\"");
        assertEquals("FAIL", check(api.postRaw("verify", "application/json", tampered, null).json(), "PROOF"));

        // Only a body administrator changes its status; a reason is required; the holder is told.
        assertEquals(403, api.post("issued-credentials/" + id + "/suspension", "{\"reason\":\"x\"}",
                ada.credentials()).status());
        Api.Answer noReason = api.post("issued-credentials/" + id + "/suspension", "{}", body.credentials());
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer suspended = api.post("issued-credentials/" + id + "/suspension",
                "{\"reason\":\"Under investigation\"}", body.credentials());
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals("SUSPENDED", suspended.json().getString("state"));
        assertTrue(bit(api, suspension));
        assertTrue(api.get("me/notifications", ada.credentials()).body().contains("was suspended by its issuer"));
        assertEquals("ACTIVE", api.post("issued-credentials/" + id + "/reinstatement",
                "{\"reason\":\"Cleared\"}", body.credentials()).json().getString("state"));
        assertFalse(bit(api, suspension));
        assertEquals(400, api.post("issued-credentials/" + id + "/reinstatement", "{\"reason\":\"Again\"}",
                body.credentials()).status(), "only a suspended credential is reinstated");
        assertEquals("REVOKED", api.post("issued-credentials/" + id + "/revocation",
                "{\"reason\":\"Verified in error\"}", body.credentials()).json().getString("state"));
        assertTrue(bit(api, revocation));
        assertEquals("REVOKED", api.get("me/credentials/" + id, ada.credentials()).json().getString("state"));
        JsonObject revoked = api.postRaw("verify", "application/ld+json", document.body(), null).json();
        assertEquals("FAIL", check(revoked, "STATUS"), revoked.toString());
        assertFalse(revoked.getBoolean("valid"));

        // The portfolio PDF lists a credential the holder chose, with the address where anyone verifies it.
        assertFalse(ApiIT.pdfText(api.getBytes("me/portfolio", "application/pdf", ada.credentials()).body())
                .contains(publicId));
        assertEquals(400, api.put("me/credentials/" + id + "/portfolio", "{}", ada.credentials()).status());
        assertEquals(404, api.put("me/credentials/" + id + "/portfolio", "{\"included\":true}", ben.credentials())
                .status());
        assertTrue(api.put("me/credentials/" + id + "/portfolio", "{\"included\":true}", ada.credentials()).json()
                .getBoolean("inPortfolio"));
        String portfolio = ApiIT.pdfText(api.getBytes("me/portfolio", "application/pdf", ada.credentials()).body());
        assertTrue(portfolio.replaceAll("\\s+", "").contains("/verify/index.xhtml?credential=" + publicId),
                portfolio);
        assertTrue(portfolio.replaceAll("\\s+", " ").contains("Now revoked by its issuer"), portfolio);

        // Sharing: a link while open, none once closed.
        Api.Answer shared = api.post("me/credentials/" + id + "/share", "", ada.credentials());
        assertTrue(shared.json().getString("shareUrl").contains("/verify/shared.xhtml?t="));
        assertEquals(404, api.post("me/credentials/" + id + "/share", "", ben.credentials()).status());
        JsonObject closed = api.delete("me/credentials/" + id + "/share", ada.credentials()).json();
        assertTrue(!closed.containsKey("shareUrl") || closed.isNull("shareUrl"), closed.toString());

        // Rotation: the old key retires and still verifies the old credential; a new credential uses the new key.
        long issuerId = Long.parseLong(apiPath(issuer.getString("id")).substring("issuers/".length()));
        assertEquals(403, api.post("issuers/" + issuerId + "/rotation", "", ada.credentials()).status());
        Api.Answer rotated = api.post("issuers/" + issuerId + "/rotation", "", body.credentials());
        assertEquals(200, rotated.status(), rotated.body());
        JsonObject after = api.get(apiPath(issuer.getString("id")), null).json();
        assertEquals("retired", method(after, oldKey).getString("keyState"));
        assertTrue(EddsaRdfc2022.verify(credential, ed25519(after, oldKey)).isVerified());
        JsonObject retiredReport = api.postRaw("verify", "application/ld+json", document.body(), null).json();
        assertEquals("PASS", check(retiredReport, "PROOF"), retiredReport.toString());
        assertEquals("PASS", check(retiredReport, "ISSUER_KEY"), "a retired key still vouches for what it signed");
        assertEquals(201, api.post("engineers/" + adaId + "/competencies/" + lead2 + "/verifications",
                "{\"level\":2}", assessor.credentials()).status());
        JsonObject newer = api.get("me/credentials", ada.credentials()).array().getJsonObject(0);
        assertNotEquals(publicId, newer.getString("publicId"));
        JsonObject newCredential = api.get("credentials/" + newer.getString("publicId"), null).json();
        String newKey = newCredential.getJsonObject("proof").getString("verificationMethod");
        assertNotEquals(oldKey, newKey);
        assertTrue(EddsaRdfc2022.verify(newCredential, ed25519(after, newKey)).isVerified());

        // A compromised key is published as such, with a reason required; what it signed then fails.
        long oldKeyRow = rotated.json().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("keyId").equals(oldKey)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(400, api.post("issuers/" + issuerId + "/keys/" + oldKeyRow + "/compromise", "{}",
                body.credentials()).status());
        assertEquals(200, api.post("issuers/" + issuerId + "/keys/" + oldKeyRow + "/compromise",
                "{\"reason\":\"Laptop stolen\"}", body.credentials()).status());
        assertEquals("compromised", method(api.get(apiPath(issuer.getString("id")), null).json(), oldKey)
                .getString("keyState"));
        assertEquals("FAIL", check(api.postRaw("verify", "application/ld+json", document.body(), null).json(),
                "ISSUER_KEY"));
        assertEquals("PASS", check(api.postRaw("verify", "application/ld+json",
                api.get("credentials/" + newer.getString("publicId"), null).body(), null).json(), "ISSUER_KEY"));

        // Malformed ids answer not found, as problem+json.
        Api.Answer missing = api.get("credentials/not-a-credential", null);
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, api.get("status-lists/999999999", null).status());
        assertEquals(404, api.get("issuers/999999999", null).status());
        assertTrue(new String(png.body(), 0, 8, StandardCharsets.ISO_8859_1).startsWith("\u0089PNG"));
    }
}
