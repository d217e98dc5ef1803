package org.healthengineering.portal.application.credential;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.healthengineering.portal.application.credential.KeyDocuments.Resolution;
import org.healthengineering.portal.domain.credential.BundledContexts;
import org.healthengineering.portal.domain.credential.CredentialVerifier;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KeyState;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KnownKey;
import org.healthengineering.portal.domain.credential.EddsaRdfc2022;
import org.healthengineering.portal.domain.credential.Multikey;
import org.healthengineering.portal.domain.credential.ProofOptions;
import org.healthengineering.portal.domain.credential.VerificationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyDocumentsTest {

    private static final String ISSUER = "https://trust.example/issuer";
    private static final String ED_KEY = ISSUER + "#key-1";
    private static final String RSA_KEY = ISSUER + "#rsa-1";

    private static KeyPair ed;
    private static KeyPair rsa;

    /** Documents served by address, and the addresses asked for. */
    private final Map<String, JsonObject> served = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final KeyDocuments keys = new KeyDocuments(new RemoteDocuments() {
        @Override
        public Fetched fetch(String url) {
            asked.add(url);
            JsonObject document = served.get(url);
            return document == null ? new Fetched.Refused("the server answered with HTTP status 404")
                    : new Fetched.Document(document);
        }
    });

    @BeforeAll
    static void generateKeys() throws Exception {
        ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa = generator.generateKeyPair();
    }

    private static JsonArrayBuilder array(Object... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object item : items) {
            if (item instanceof JsonObject object) {
                array.add(object);
            } else {
                array.add(item.toString());
            }
        }
        return array;
    }

    private static JsonObject rsaJwk(RSAKey key) {
        return Json.createReader(new StringReader(key.toJSONString())).readObject();
    }

    private static JsonObject rsaMethod(String id, RSAKey key) {
        return Json.createObjectBuilder().add("id", id).add("type", "JsonWebKey").add("controller", ISSUER)
                .add("publicKeyJwk", rsaJwk(key)).build();
    }

    /** The issuer's profile, publishing an Ed25519 key (relative id) and an RSA key, both for assertions. */
    private JsonObjectBuilder issuerProfile() {
        return Json.createObjectBuilder()
                .add("id", ISSUER)
                .add("type", array("Profile"))
                .add("name", "Example Health Trust")
                .add("verificationMethod", array(Json.createObjectBuilder().add("id", "#key-1").add("type", "Multikey")
                        .add("controller", ISSUER).add("publicKeyMultibase", Multikey.encode(ed.getPublic())).build()))
                .add("assertionMethod", array("#key-1",
                        rsaMethod(RSA_KEY, new RSAKey.Builder((RSAPublicKey) rsa.getPublic()).build())));
    }

    private String reason(Resolution resolution) {
        return assertInstanceOf(Resolution.Unresolved.class, resolution).reason();
    }

    @Test
    void anEd25519KeyInTheIssuersProfileIsFound() {
        served.put(ISSUER, issuerProfile().build());

        KnownKey key = assertInstanceOf(Resolution.Resolved.class, keys.resolve(ED_KEY)).key();

        assertEquals(ed.getPublic(), key.key());
        assertEquals(ISSUER, key.controller());
        assertEquals(KeyState.ACTIVE, key.state());
        assertEquals(List.of(ISSUER), asked);
    }

    @Test
    void anRsaJwkIsFound() {
        served.put(ISSUER, issuerProfile().build());

        KnownKey key = assertInstanceOf(Resolution.Resolved.class, keys.resolve(RSA_KEY)).key();

        assertEquals(rsa.getPublic(), key.key());
        assertEquals(ISSUER, key.controller());
    }

    @Test
    void aKeyPublishedOnItsOwnIsTheControllersOnlyIfTheControllerListsIt() {
        String keyUrl = "https://keys.trust.example/2026";
        served.put(keyUrl, Json.createObjectBuilder(Multikey.verificationMethod(keyUrl, ISSUER, ed.getPublic()))
                .build());
        served.put(ISSUER, issuerProfile().add("assertionMethod", array("#key-1", keyUrl)).build());

        assertEquals(ed.getPublic(), assertInstanceOf(Resolution.Resolved.class, keys.resolve(keyUrl)).key().key());
        assertEquals(List.of(keyUrl, ISSUER), asked);

        served.put(ISSUER, issuerProfile().build());
        assertTrue(reason(keys.resolve(keyUrl)).contains("does not list the key"));
    }

    @Test
    void aDocumentElsewhereCannotClaimAKeyForTheIssuer() {
        String rogue = "https://evil.example/keys#1";
        served.put("https://evil.example/keys", Json.createObjectBuilder().add("id", "https://evil.example/keys")
                .add("verificationMethod", array(Multikey.verificationMethod(rogue, ISSUER, ed.getPublic())))
                .add("assertionMethod", array(rogue)).build());
        served.put(ISSUER, issuerProfile().build());

        String reason = reason(keys.resolve(rogue));

        assertTrue(reason.contains("does not list the key " + rogue), reason);
    }

    @Test
    void aControllerDocumentThatIsNotTheControllersIsRefused() {
        served.put(ISSUER, issuerProfile().add("id", "https://trust.example/someone-else").build());

        assertTrue(reason(keys.resolve(ED_KEY)).contains("is not the controller's"));
    }

    @Test
    void aKeyOnlyInVerificationMethodIsNotForAssertions() {
        served.put(ISSUER, issuerProfile().add("assertionMethod", array()).build());

        assertTrue(reason(keys.resolve(ED_KEY)).contains("for making assertions (assertionMethod)"));
    }

    @Test
    void aRevokedKeyIsKnownAsCompromised() {
        JsonObject revoked = Json.createObjectBuilder(Multikey.verificationMethod(ED_KEY, ISSUER, ed.getPublic()))
                .add("revoked", "2026-03-01T00:00:00Z").build();
        served.put(ISSUER, issuerProfile().add("verificationMethod", array(revoked)).build());

        assertEquals(KeyState.COMPROMISED, assertInstanceOf(Resolution.Resolved.class, keys.resolve(ED_KEY)).key()
                .state());
    }

    @Test
    void keysThatCannotBeTrustedAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair small = generator.generateKeyPair();
        RSAKey withPrivate = new RSAKey.Builder((RSAPublicKey) rsa.getPublic())
                .privateKey((RSAPrivateKey) rsa.getPrivate()).build();
        served.put(ISSUER, issuerProfile().add("assertionMethod", array("#key-1",
                rsaMethod(ISSUER + "#small", new RSAKey.Builder((RSAPublicKey) small.getPublic()).build()),
                rsaMethod(ISSUER + "#private", withPrivate),
                Json.createObjectBuilder().add("id", "#none").add("controller", ISSUER).build(),
                Json.createObjectBuilder().add("id", "#bad").add("controller", ISSUER)
                        .add("publicKeyMultibase", "z6Mk").build(),
                Json.createObjectBuilder().add("id", "#orphan").add("publicKeyMultibase",
                        Multikey.encode(ed.getPublic())).build())).build());

        assertTrue(reason(keys.resolve(ISSUER + "#small")).contains("shorter than 2048 bits"));
        assertTrue(reason(keys.resolve(ISSUER + "#private")).contains("holds a private key"));
        assertTrue(reason(keys.resolve(ISSUER + "#none")).contains("neither an Ed25519"));
        assertTrue(reason(keys.resolve(ISSUER + "#bad")).contains("cannot be read"));
        assertTrue(reason(keys.resolve(ISSUER + "#orphan")).contains("names no controller"));
        assertTrue(reason(keys.resolve(ISSUER + "#missing")).contains("does not publish the key"));
    }

    @Test
    void onlyHttpsAddressesAreLookedUpAndRefusalsSayWhy() {
        assertTrue(reason(keys.resolve("http://trust.example/issuer#key-1")).contains("https"));
        assertTrue(reason(keys.resolve("did:web:trust.example#key-1")).contains("https"));
        assertTrue(reason(keys.resolve(null)).contains("https"));
        assertEquals(List.of(), asked);
        assertEquals("the key's document could not be fetched: the server answered with HTTP status 404",
                reason(keys.resolve(ED_KEY)));
        assertTrue(keys.find(ED_KEY).isEmpty());
    }

    @Test
    void theVerifierChecksACredentialSignedWithAPublishedKey() {
        served.put(ISSUER, issuerProfile().build());
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", array(BundledContexts.CREDENTIALS_V2, BundledContexts.OPEN_BADGES_3_0_3))
                .add("type", array("VerifiableCredential", "OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", ISSUER).add("type", array("Profile")))
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("name", "Medical gas pipeline systems: Authorised Person")
                .add("credentialSubject", Json.createObjectBuilder().add("type", array("AchievementSubject"))
                        .add("achievement", Json.createObjectBuilder()
                                .add("id", "https://portal.example/achievements/mgps-ap")
                                .add("type", array("Achievement")).add("name", "MGPS Authorised Person")
                                .add("criteria", Json.createObjectBuilder().add("narrative", "Assessed on site."))))
                .build();
        JsonObject signed = EddsaRdfc2022.sign(unsigned, ProofOptions.assertion(Instant.parse(
                "2026-01-01T00:00:00Z"), ED_KEY), ed.getPrivate());
        CredentialVerifier verifier = new CredentialVerifier(keys::find,
                url -> new CredentialVerifier.StatusListAnswer.Unavailable("not used"),
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

        VerificationReport report = verifier.verify(signed.toString(), null);

        assertEquals(VerificationReport.Outcome.PASS, report.row(VerificationReport.Check.PROOF).outcome(),
                report.rows()::toString);
        assertEquals(VerificationReport.Outcome.PASS, report.row(VerificationReport.Check.ISSUER_KEY).outcome(),
                report.rows()::toString);
        assertEquals(List.of(ISSUER), asked, "the document is fetched once for the proof and the key check");
    }
}
