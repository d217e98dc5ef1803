package org.healthengineering.portal.domain.credential;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.healthengineering.portal.domain.credential.ProofVerification.Check;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VcJwtTest {

    private static final String KEY_ID = "https://example.edu/issuers/565049#rsa-1";

    private static KeyPair rsa;
    private static KeyPair otherRsa;

    private final JsonObject credential = Vector.json("credential-signed.json");

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa = generator.generateKeyPair();
        otherRsa = generator.generateKeyPair();
    }

    private static String sign(JsonObject credential) {
        return VcJwt.sign(credential, (RSAPrivateKey) rsa.getPrivate(), KEY_ID);
    }

    private static JsonObject part(String jwt, int index) {
        byte[] json = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
    }

    private static String withPayload(String jwt, JsonObject payload) {
        String[] parts = jwt.split("\\.");
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }

    @Test
    void aSignedJwtVerifiesAndCarriesTheCredential() {
        String jwt = sign(credential);

        ProofVerification verification = VcJwt.verify(jwt, (RSAPublicKey) rsa.getPublic());

        assertTrue(verification.isVerified(), verification.problems().toString());
        assertEquals(credential, VcJwt.credential(jwt));
        assertEquals(Optional.of(KEY_ID), VcJwt.keyId(jwt));
    }

    @Test
    void theHeaderAndClaimsAreOpenBadgesOnes() {
        String jwt = sign(Json.createObjectBuilder(credential).add("validUntil", "2030-01-01T00:00:00Z").build());

        JsonObject header = part(jwt, 0);
        JsonObject payload = part(jwt, 1);

        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertEquals(KEY_ID, header.getString("kid"));
        assertEquals("https://example.edu/issuers/565049", payload.getString("iss"));
        assertEquals("http://example.com/credentials/3527", payload.getString("jti"));
        assertEquals("did:example:ebfeb1f712ebc6f1c276e12ec21", payload.getString("sub"));
        assertEquals(1262304000L, payload.getJsonNumber("nbf").longValue());
        assertEquals(1893456000L, payload.getJsonNumber("exp").longValue());
        assertEquals("Teamwork Badge", payload.getString("name"));
    }

    @Test
    void theEmbeddedProofInsideStillVerifies() {
        JsonObject carried = VcJwt.credential(sign(credential));

        assertTrue(EddsaRdfc2022.verify(carried, Multikey.decodePublicKey(Vector.expected("publicKeyMultibase")))
                .isVerified());
    }

    @Test
    void aChangedPayloadFailsTheSignature() {
        String jwt = sign(credential);
        JsonObject payload = Json.createObjectBuilder(part(jwt, 1)).add("name", "Leadership Badge").build();

        ProofVerification verification = VcJwt.verify(withPayload(jwt, payload), (RSAPublicKey) rsa.getPublic());

        assertTrue(verification.hasFailed(Check.SIGNATURE), verification.problems().toString());
    }

    @Test
    void anotherKeyFailsTheSignature() {
        assertTrue(VcJwt.verify(sign(credential), (RSAPublicKey) otherRsa.getPublic()).hasFailed(Check.SIGNATURE));
    }

    @Test
    void claimsThatDisagreeWithTheCredentialFail() throws Exception {
        JsonObject payload = Json.createObjectBuilder(credential)
                .add("iss", "https://elsewhere.example/issuer")
                .add("jti", "http://example.com/credentials/3527")
                .add("nbf", 1262304000L)
                .build();
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(payload.toString()));
        jws.sign(new RSASSASigner(rsa.getPrivate()));

        ProofVerification verification = VcJwt.verify(jws.serialize(), (RSAPublicKey) rsa.getPublic());

        assertFalse(verification.isVerified());
        assertEquals(2, verification.problems().size(), verification.problems().toString());
        assertTrue(verification.hasFailed(Check.STRUCTURE));
    }

    @Test
    void whatIsNotAJwtFails() {
        ProofVerification verification = VcJwt.verify("not a jwt", (RSAPublicKey) rsa.getPublic());

        assertTrue(verification.hasFailed(Check.STRUCTURE));
        assertEquals(Optional.empty(), VcJwt.keyId("not a jwt"));
        assertThrows(IllegalArgumentException.class, () -> VcJwt.credential("not a jwt"));
    }

    @Test
    void aCredentialWithoutIssuerCannotBeSigned() {
        assertThrows(IllegalArgumentException.class, () -> sign(Json.createObjectBuilder(credential).remove("issuer").build()));
    }
}
