package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KeyState;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KnownKey;
import org.healthengineering.portal.domain.credential.CredentialVerifier.StatusListAnswer;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Open Badges 3.0 credentials made for the verifier's tests: keys made afresh, an issuer who signs with a did:key
 * and one with keys at an https address (Ed25519 and RSA), their status lists, and a verifier that knows the
 * latter's keys and lists as the test sets them.
 */
final class Badges {

    static final String EMAIL = "ada@example.org";
    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    static final String ISSUER = "https://trust.example/issuer";
    static final String ED_KEY = ISSUER + "#ed-1";
    static final String RSA_KEY = ISSUER + "#rsa-1";
    static final String REVOCATIONS = "https://trust.example/status/revocation";
    static final String SUSPENSIONS = "https://trust.example/status/suspension";

    static final KeyPair DID_KEYS = generate("Ed25519");
    static final KeyPair OTHER_DID_KEYS = generate("Ed25519");
    static final KeyPair ED = generate("Ed25519");
    static final KeyPair RSA = generate("RSA");
    static final String DID = DidKey.of(DID_KEYS.getPublic());

    final IdentityHash identity = IdentityHash.ofEmail(EMAIL);
    final Map<String, KnownKey> keys = new HashMap<>();
    final Map<String, StatusListAnswer> lists = new HashMap<>();
    final CredentialVerifier verifier = new CredentialVerifier(
            method -> Optional.ofNullable(keys.get(method)),
            url -> lists.getOrDefault(url, new StatusListAnswer.Unavailable("the issuer's server did not answer")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    Badges() {
        keys.put(ED_KEY, new KnownKey(ED.getPublic(), ISSUER, KeyState.ACTIVE));
        keys.put(RSA_KEY, new KnownKey(RSA.getPublic(), ISSUER, KeyState.ACTIVE));
    }

    private static KeyPair generate(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonArrayBuilder array(String... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String item : items) {
            array.add(item);
        }
        return array;
    }

    /** An unsigned OpenBadgeCredential from {@code issuer} to {@link #EMAIL}, valid from 1 Jan 2026 with no end. */
    JsonObjectBuilder credential(String issuer) {
        return Json.createObjectBuilder()
                .add("@context", array(BundledContexts.CREDENTIALS_V2, BundledContexts.OPEN_BADGES_3_0_3))
                .add("id", "urn:uuid:6f1a9c3e-2b7d-4c1a-9f3e-0d2b7c4a1e55")
                .add("type", array("VerifiableCredential", "OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", issuer).add("type", array("Profile"))
                        .add("name", "Example Health Trust"))
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("name", "Medical gas pipeline systems: Authorised Person")
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", array("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(identity.toJson()))
                        .add("achievement", Json.createObjectBuilder()
                                .add("id", "https://portal.example/achievements/mgps-ap")
                                .add("type", array("Achievement"))
                                .add("name", "MGPS Authorised Person")
                                .add("description", "Appointed in writing to manage a medical gas pipeline system.")
                                .add("criteria", Json.createObjectBuilder()
                                        .add("narrative", "Completed the course and the assessed site visit."))));
    }

    /** A credential signed with the did:key issuer's key. */
    JsonObject didKeySigned() {
        return signWithDidKey(credential(DID).build());
    }

    static JsonObject signWithDidKey(JsonObject unsigned) {
        return EddsaRdfc2022.sign(unsigned, ProofOptions.assertion(CREATED, DidKey.verificationMethod(
                DID_KEYS.getPublic())), DID_KEYS.getPrivate());
    }

    /** A credential signed with the https issuer's Ed25519 key. */
    static JsonObject signWithEd(JsonObject unsigned) {
        return EddsaRdfc2022.sign(unsigned, ProofOptions.assertion(CREATED, ED_KEY), ED.getPrivate());
    }

    static String signWithRsa(JsonObject unsigned) {
        return VcJwt.sign(unsigned, (RSAPrivateKey) RSA.getPrivate(), RSA_KEY);
    }

    static JsonObject statusEntry(String purpose, int index, String list) {
        return Json.createObjectBuilder()
                .add("id", list + "#" + index)
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", purpose)
                .add("statusListIndex", Integer.toString(index))
                .add("statusListCredential", list)
                .build();
    }

    /** An unsigned status list credential of the https issuer. */
    static JsonObjectBuilder statusList(String url, String purpose, BitstringStatusList bits) {
        return Json.createObjectBuilder()
                .add("@context", array(BundledContexts.CREDENTIALS_V2))
                .add("id", url)
                .add("type", array("VerifiableCredential", "BitstringStatusListCredential"))
                .add("issuer", ISSUER)
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", purpose)
                        .add("encodedList", bits.encode()));
    }

    /** Publishes a signed status list at its URL. */
    void publish(String url, JsonObject list) {
        lists.put(url, new StatusListAnswer.Found(list));
    }

    /** {@code object} with the value at a JSON pointer ({@code /a/b}) replaced or added. */
    static JsonObject with(JsonObject object, String pointer, JsonValue value) {
        return Json.createPointer(pointer).add(object, value);
    }

    static JsonObject without(JsonObject object, String pointer) {
        return Json.createPointer(pointer).remove(object);
    }

    VerificationReport verify(JsonObject credential) {
        return verifier.verify(credential.toString(), EMAIL);
    }
}
