package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.healthengineering.portal.domain.credential.ProofVerification.Check;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OB 3.0 implementation guide's eddsa-rdfc-2022 test vector, byte for byte, and what must not verify. */
class EddsaRdfc2022Test {

    private static final HexFormat HEX = HexFormat.of();

    private final JsonObject unsigned = Vector.json("credential-unsigned.json");
    private final JsonObject signed = Vector.json("credential-signed.json");
    private final PublicKey publicKey = Multikey.decodePublicKey(Vector.expected("publicKeyMultibase"));
    private final PrivateKey privateKey = Multikey.decodeSecretKey(Vector.expected("secretKeyMultibase"));

    private EddsaRdfc2022.SigningInput vectorInput() {
        ProofOptions options = ProofOptions.assertion(Instant.parse("2010-01-01T19:23:24Z"),
                Vector.expected("verificationMethod"));
        JsonObject configuration = EddsaRdfc2022.proofConfiguration(options.toJson(EddsaRdfc2022.CRYPTOSUITE), unsigned);
        return EddsaRdfc2022.signingInput(unsigned, configuration);
    }

    @Test
    void proofOptionsAreTheVectorsProofBeforeSigning() {
        ProofOptions options = ProofOptions.assertion(Instant.parse("2010-01-01T19:23:24Z"),
                Vector.expected("verificationMethod"));
        assertEquals(Vector.json("proof-options.json"), options.toJson(EddsaRdfc2022.CRYPTOSUITE));
    }

    @Test
    void canonicalDocumentIsTheVectorsByteForByte() {
        assertEquals(Vector.text("document-canon.txt"), vectorInput().documentNQuads());
    }

    @Test
    void canonicalProofConfigurationIsTheVectorsByteForByte() {
        assertEquals(Vector.text("proof-canon.txt"), vectorInput().proofConfigurationNQuads());
    }

    @Test
    void hashesAndDataToSignAreTheVectors() {
        EddsaRdfc2022.SigningInput input = vectorInput();
        assertEquals(Vector.expected("documentHashHex"), HEX.formatHex(input.documentHash()));
        assertEquals(Vector.expected("proofHashHex"), HEX.formatHex(input.proofConfigurationHash()));
        assertEquals(Vector.expected("dataToSignHex"), HEX.formatHex(input.bytes()));
    }

    @Test
    void signingGivesTheVectorsProofValueAndSignedCredential() {
        JsonObject result = EddsaRdfc2022.sign(unsigned,
                ProofOptions.assertion(Instant.parse("2010-01-01T19:23:24Z"), Vector.expected("verificationMethod")),
                privateKey);

        assertEquals(Vector.expected("proofValue"), result.getJsonObject("proof").getString("proofValue"));
        assertEquals(signed, result);
    }

    @Test
    void theVectorsSignedCredentialVerifies() {
        ProofVerification verification = EddsaRdfc2022.verify(signed, publicKey);

        assertTrue(verification.isVerified(), verification.problems().toString());
    }

    @Test
    void theVerificationMethodChoosesTheKey() {
        String method = Vector.expected("verificationMethod");
        KeyResolver issuerKeys = id -> id.equals(method) ? Optional.of(publicKey) : Optional.empty();

        assertTrue(EddsaRdfc2022.verify(signed, issuerKeys).isVerified());
        ProofVerification unknown = EddsaRdfc2022.verify(signed, id -> Optional.empty());
        assertTrue(unknown.hasFailed(Check.KEY));
    }

    @Test
    void aChangedNameFailsTheSignature() {
        JsonObject tampered = Json.createObjectBuilder(signed).add("name", "Teamwork Badge!").build();

        ProofVerification verification = EddsaRdfc2022.verify(tampered, publicKey);

        assertFalse(verification.isVerified());
        assertTrue(verification.hasFailed(Check.SIGNATURE));
    }

    @Test
    void aChangedDateInTheProofFailsTheSignature() {
        JsonObject proof = Json.createObjectBuilder(signed.getJsonObject("proof"))
                .add("created", "2011-01-01T19:23:24Z").build();
        JsonObject tampered = Json.createObjectBuilder(signed).add("proof", proof).build();

        assertTrue(EddsaRdfc2022.verify(tampered, publicKey).hasFailed(Check.SIGNATURE));
    }

    @Test
    void anotherKeyFailsTheSignature() throws Exception {
        PublicKey other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();

        assertTrue(EddsaRdfc2022.verify(signed, other).hasFailed(Check.SIGNATURE));
    }

    @Test
    void anUnknownContextFailsWithoutTheNetwork() {
        JsonObject unknownContext = Json.createObjectBuilder(signed)
                .add("@context", Json.createArrayBuilder()
                        .add(BundledContexts.CREDENTIALS_V2)
                        .add(BundledContexts.OPEN_BADGES_3_0_3)
                        .add("https://example.org/contexts/not-bundled.jsonld"))
                .build();

        ProofVerification verification = EddsaRdfc2022.verify(unknownContext, publicKey);

        assertTrue(verification.hasFailed(Check.CONTEXTS), verification.problems().toString());
        UnreadableCredentialException refused = assertThrows(UnreadableCredentialException.class,
                () -> RdfCanonicalForm.of(unknownContext));
        assertEquals(UnreadableCredentialException.Reason.UNKNOWN_CONTEXT, refused.getReason());
    }

    @Test
    void anUndefinedTermFailsInsteadOfGoingUnsigned() {
        JsonObject extra = Json.createObjectBuilder(signed).add("notInAnyContext", "added later").build();

        ProofVerification verification = EddsaRdfc2022.verify(extra, publicKey);

        assertTrue(verification.hasFailed(Check.CONTEXTS), verification.problems().toString());
        UnreadableCredentialException refused = assertThrows(UnreadableCredentialException.class,
                () -> RdfCanonicalForm.of(Json.createObjectBuilder(unsigned).add("notInAnyContext", "x").build()));
        assertEquals(UnreadableCredentialException.Reason.UNDEFINED_TERM, refused.getReason());
    }

    @Test
    void aCredentialWithAnUndefinedTermCannotBeSigned() {
        JsonObject extra = Json.createObjectBuilder(unsigned).add("notInAnyContext", "x").build();

        assertThrows(UnreadableCredentialException.class, () -> EddsaRdfc2022.sign(extra,
                ProofOptions.assertion(Instant.now(), "https://example.edu/issuers/565049#key-1"), privateKey));
    }

    @Test
    void aProofOfAnotherSuiteOrWithoutValueIsRefused() {
        JsonObject otherSuite = Json.createObjectBuilder(signed).add("proof",
                Json.createObjectBuilder(signed.getJsonObject("proof")).add("cryptosuite", "ecdsa-rdfc-2019")).build();
        JsonObject noValue = Json.createObjectBuilder(signed).add("proof",
                Json.createObjectBuilder(signed.getJsonObject("proof")).remove("proofValue")).build();
        JsonObject garbledValue = Json.createObjectBuilder(signed).add("proof",
                Json.createObjectBuilder(signed.getJsonObject("proof")).add("proofValue", "z0OIl")).build();

        assertTrue(EddsaRdfc2022.verify(otherSuite, publicKey).hasFailed(Check.STRUCTURE));
        assertTrue(EddsaRdfc2022.verify(noValue, publicKey).hasFailed(Check.STRUCTURE));
        assertTrue(EddsaRdfc2022.verify(garbledValue, publicKey).hasFailed(Check.STRUCTURE));
        assertTrue(EddsaRdfc2022.verify(unsigned, publicKey).hasFailed(Check.STRUCTURE));
    }

    @Test
    void aFreshKeySignsAndVerifiesADidKeyCredential() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        JsonObject credential = Json.createObjectBuilder(unsigned)
                .add("issuer", Json.createObjectBuilder(unsigned.getJsonObject("issuer")).add("id", DidKey.of(keys.getPublic())))
                .build();

        JsonObject result = EddsaRdfc2022.sign(credential,
                ProofOptions.assertion(Instant.parse("2026-11-30T10:15:30.250Z"), DidKey.verificationMethod(keys.getPublic())),
                keys.getPrivate());

        assertEquals("2026-11-30T10:15:30Z", result.getJsonObject("proof").getString("created"));
        assertTrue(EddsaRdfc2022.verify(result, DidKey::resolve).isVerified());
    }

    @Test
    void aCredentialIsSignedOnlyOnce() {
        assertThrows(IllegalArgumentException.class, () -> EddsaRdfc2022.sign(signed,
                ProofOptions.assertion(Instant.now(), Vector.expected("verificationMethod")), privateKey));
    }
    @Test
    void aKeyOfAnotherKindFailsTheKeyCheck() throws Exception {
        PublicKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();

        assertTrue(EddsaRdfc2022.verify(signed, rsa).hasFailed(Check.KEY));
    }

    @Test
    void aProofContextThatIsNotTheStartOfTheCredentialsFails() {
        JsonObject proof = Json.createObjectBuilder(signed.getJsonObject("proof"))
                .add("@context", Json.createArrayBuilder().add(BundledContexts.OPEN_BADGES_3_0_3)).build();
        JsonObject matching = Json.createObjectBuilder(signed.getJsonObject("proof"))
                .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2)).build();

        assertTrue(EddsaRdfc2022.verify(Json.createObjectBuilder(signed).add("proof", proof).build(), publicKey)
                .hasFailed(Check.CONTEXTS));
        assertTrue(EddsaRdfc2022.verify(Json.createObjectBuilder(signed).add("proof", matching).build(), publicKey)
                .isVerified());
    }
}
