package org.healthengineering.portal.domain.credential;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KeyState;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KnownKey;
import org.healthengineering.portal.domain.credential.VerificationReport.Check;
import org.healthengineering.portal.domain.credential.VerificationReport.Format;
import org.healthengineering.portal.domain.credential.VerificationReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.healthengineering.portal.domain.credential.Badges.DID;
import static org.healthengineering.portal.domain.credential.Badges.ED_KEY;
import static org.healthengineering.portal.domain.credential.Badges.EMAIL;
import static org.healthengineering.portal.domain.credential.Badges.ISSUER;
import static org.healthengineering.portal.domain.credential.Badges.OTHER_DID_KEYS;
import static org.healthengineering.portal.domain.credential.Badges.REVOCATIONS;
import static org.healthengineering.portal.domain.credential.Badges.RSA;
import static org.healthengineering.portal.domain.credential.Badges.SUSPENSIONS;
import static org.healthengineering.portal.domain.credential.Badges.signWithDidKey;
import static org.healthengineering.portal.domain.credential.Badges.signWithEd;
import static org.healthengineering.portal.domain.credential.Badges.signWithRsa;
import static org.healthengineering.portal.domain.credential.Badges.statusEntry;
import static org.healthengineering.portal.domain.credential.Badges.statusList;
import static org.healthengineering.portal.domain.credential.Badges.with;
import static org.healthengineering.portal.domain.credential.Badges.without;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialVerifierTest {

    private final Badges badges = new Badges();

    private static void assertRow(VerificationReport report, Check check, Outcome outcome, String reasonPart) {
        VerificationReport.Row row = report.row(check);
        assertEquals(outcome, row.outcome(), () -> check + ": " + report.rows());
        assertTrue(row.reason().contains(reasonPart), () -> check + " should say \"" + reasonPart + "\": "
                + row.reason());
    }

    private static void assertValid(VerificationReport report) {
        assertTrue(report.isValid(), () -> report.rows().toString());
        assertEquals(Outcome.PASS, report.overall());
    }

    private JsonObject withStatus(JsonObject... entries) {
        var array = Json.createArrayBuilder();
        for (JsonObject entry : entries) {
            array.add(entry);
        }
        return signWithEd(badges.credential(ISSUER).add("credentialStatus", array).build());
    }

    // --- a clean credential ---

    @Test
    void aCredentialSignedWithADidKeyPassesEveryCheck() {
        VerificationReport report = badges.verify(badges.didKeySigned());

        assertValid(report);
        assertEquals(Format.JSON, report.format());
        assertEquals(Check.values().length, report.rows().size());
        assertRow(report, Check.PROOF, Outcome.PASS, "has not been changed since it was signed");
        assertRow(report, Check.ISSUER_KEY, Outcome.PASS, "signed with a key of the issuer");
        assertRow(report, Check.VALIDITY, Outcome.PASS, "valid from 1 Jan 2026, 00:00, with no end date");
        assertRow(report, Check.STATUS, Outcome.PASS, "the issuer publishes no status for this credential");
        assertRow(report, Check.RECIPIENT, Outcome.PASS, "issued to this email");
        assertEquals(Optional.of("Example Health Trust"), report.issuerName());
        assertEquals(Optional.of(DID), report.issuerId());
        assertEquals(Optional.of("MGPS Authorised Person"), report.achievementName());
        assertEquals(Optional.of("Medical gas pipeline systems: Authorised Person"), report.credentialName());
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), report.validFrom());
        assertEquals(Optional.empty(), report.validUntil());
    }

    @Test
    void theVectorOfTheStandardIsReadButItsKeyIsNotKnown() {
        VerificationReport report = badges.verify(Vector.json("credential-signed.json"));

        assertRow(report, Check.STRUCTURE, Outcome.PASS, "Open Badges 3.0");
        assertRow(report, Check.CONTEXTS, Outcome.PASS, "define every term");
        assertRow(report, Check.ISSUER_KEY, Outcome.FAIL, "no key is known for");
        assertRow(report, Check.PROOF, Outcome.FAIL, "could not be checked");
    }

    @Test
    void theVectorVerifiesWithTheIssuersKeyFromKeys() {
        String method = Vector.expected("verificationMethod");
        badges.keys.put(method, new KnownKey(Multikey.decodePublicKey(Vector.expected("publicKeyMultibase")),
                "https://example.edu/issuers/565049", KeyState.ACTIVE));

        VerificationReport report = badges.verifier.verify(Vector.text("credential-signed.json"), null);

        assertRow(report, Check.PROOF, Outcome.PASS, "eddsa-rdfc-2022");
        assertRow(report, Check.ISSUER_KEY, Outcome.PASS, "a key of the issuer");
        assertRow(report, Check.RECIPIENT, Outcome.WARN, "no email was given to check");
        assertEquals(Outcome.WARN, report.overall());
        assertFalse(report.isValid());
    }

    // --- tampering ---

    static Stream<Arguments> tamperings() {
        JsonObject otherSignature = signWithDidKey(new Badges().credential(DID).add("name", "Another badge").build());
        return Stream.of(
                tampering("the credential's name", Check.PROOF,
                        c -> with(c, "/name", Json.createValue("Medical gas pipeline systems: Designated Person"))),
                tampering("the achievement's name", Check.PROOF,
                        c -> with(c, "/credentialSubject/achievement/name", Json.createValue("Head of Estates"))),
                tampering("validFrom", Check.PROOF,
                        c -> with(c, "/validFrom", Json.createValue("2025-01-01T00:00:00Z"))),
                tampering("a validUntil added", Check.PROOF,
                        c -> with(c, "/validUntil", Json.createValue("2099-01-01T00:00:00Z"))),
                tampering("the subject's identityHash", Check.PROOF,
                        c -> with(c, "/credentialSubject/identifier/0/identityHash",
                                Json.createValue(IdentityHash.ofEmail("mallory@example.org").identityHash()))),
                tampering("the issuer's id", Check.PROOF,
                        c -> with(c, "/issuer/id", Json.createValue(DidKey.of(OTHER_DID_KEYS.getPublic())))),
                tampering("the issuer's id", Check.ISSUER_KEY,
                        c -> with(c, "/issuer/id", Json.createValue(DidKey.of(OTHER_DID_KEYS.getPublic())))),
                tampering("the proof value", Check.PROOF,
                        c -> with(c, "/proof/proofValue", otherSignature.getJsonObject("proof").get("proofValue"))),
                tampering("the proof's date", Check.PROOF,
                        c -> with(c, "/proof/created", Json.createValue("2026-02-01T00:00:00Z"))),
                tampering("the proof's verification method", Check.PROOF,
                        c -> with(c, "/proof/verificationMethod",
                                Json.createValue(DidKey.verificationMethod(OTHER_DID_KEYS.getPublic())))),
                tampering("the proof's verification method", Check.ISSUER_KEY,
                        c -> with(c, "/proof/verificationMethod",
                                Json.createValue(DidKey.verificationMethod(OTHER_DID_KEYS.getPublic())))),
                tampering("the proof removed", Check.PROOF, c -> without(c, "/proof")),
                tampering("a term no context defines", Check.CONTEXTS,
                        c -> with(c, "/credentialSubject/favouriteColour", Json.createValue("green"))));
    }

    private static Arguments tampering(String what, Check failing, UnaryOperator<JsonObject> change) {
        return Arguments.of(what, failing, change);
    }

    @ParameterizedTest(name = "{0} changed fails {1}")
    @MethodSource("tamperings")
    void anyChangeAfterSigningFails(String what, Check failing, UnaryOperator<JsonObject> change) {
        JsonObject signed = badges.didKeySigned();
        assertValid(badges.verify(signed));

        VerificationReport report = badges.verify(change.apply(signed));

        assertEquals(Outcome.FAIL, report.row(failing).outcome(), () -> what + ": " + report.rows());
        assertFalse(report.isValid());
    }

    @Test
    void aGarbledProofValueFailsStructureAndLeavesTheProofUnchecked() {
        JsonObject signed = badges.didKeySigned();
        String value = signed.getJsonObject("proof").getString("proofValue");

        VerificationReport report = badges.verify(with(signed, "/proof/proofValue",
                Json.createValue(value.substring(0, value.length() - 4))));

        assertRow(report, Check.STRUCTURE, Outcome.FAIL, "not a 64-byte Ed25519 signature");
        assertRow(report, Check.PROOF, Outcome.FAIL, "could not be checked");
    }

    // --- keys ---

    @Test
    void aRetiredKeyStillVerifies() {
        badges.keys.put(ED_KEY, new KnownKey(Badges.ED.getPublic(), ISSUER, KeyState.RETIRED));

        VerificationReport report = badges.verify(signWithEd(badges.credential(ISSUER).build()));

        assertValid(report);
        assertRow(report, Check.ISSUER_KEY, Outcome.PASS,
                "signed with a retired key that still verifies its earlier credentials");
    }

    @Test
    void aCompromisedKeyFails() {
        badges.keys.put(ED_KEY, new KnownKey(Badges.ED.getPublic(), ISSUER, KeyState.COMPROMISED));

        VerificationReport report = badges.verify(signWithEd(badges.credential(ISSUER).build()));

        assertRow(report, Check.ISSUER_KEY, Outcome.FAIL, "the issuer has marked the key as compromised");
        assertRow(report, Check.PROOF, Outcome.PASS, "eddsa-rdfc-2022");
    }

    @Test
    void aKeyOfAnotherControllerFails() {
        badges.keys.put(ED_KEY, new KnownKey(Badges.ED.getPublic(), "https://elsewhere.example/issuer",
                KeyState.ACTIVE));

        VerificationReport report = badges.verify(signWithEd(badges.credential(ISSUER).build()));

        assertRow(report, Check.ISSUER_KEY, Outcome.FAIL, "is not the issuer's");
        assertRow(report, Check.PROOF, Outcome.PASS, "eddsa-rdfc-2022");
    }

    @Test
    void anUnknownKeyFails() {
        badges.keys.clear();

        VerificationReport report = badges.verify(signWithEd(badges.credential(ISSUER).build()));

        assertRow(report, Check.ISSUER_KEY, Outcome.FAIL, "no key is known for \u201c" + ED_KEY);
        assertRow(report, Check.PROOF, Outcome.FAIL, "could not be checked");
    }

    @Test
    void theCallersKeysComeBeforeDidKeyResolution() {
        String method = DidKey.verificationMethod(Badges.DID_KEYS.getPublic());
        badges.keys.put(method, new KnownKey(Badges.DID_KEYS.getPublic(), DID, KeyState.COMPROMISED));

        assertRow(badges.verify(badges.didKeySigned()), Check.ISSUER_KEY, Outcome.FAIL, "compromised");
    }

    // --- JWT ---

    @Test
    void aJwtSignedWithTheIssuersRsaKeyPasses() {
        String jwt = signWithRsa(badges.credential(ISSUER).build());

        VerificationReport report = badges.verifier.verify(jwt, EMAIL);

        assertValid(report);
        assertEquals(Format.JWT, report.format());
        assertRow(report, Check.PROOF, Outcome.PASS, "RS256");
        assertEquals(Optional.of(ISSUER), report.issuerId());
    }

    @Test
    void aTamperedJwtFailsTheProof() {
        String jwt = signWithRsa(badges.credential(ISSUER).build());
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("MGPS Authorised Person", "MGPS Authorising Engineer");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        VerificationReport report = badges.verifier.verify(tampered, EMAIL);

        assertRow(report, Check.PROOF, Outcome.FAIL, "the signature does not match");
        assertEquals(Optional.of("MGPS Authorising Engineer"), report.achievementName());
    }

    @Test
    void aJwtWithItsOwnKeyAndNoKidIsNotBoundToTheIssuer() throws Exception {
        String payload = JWSObject.parse(signWithRsa(badges.credential(ISSUER).build())).getPayload().toString();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .jwk(new RSAKey.Builder((RSAPublicKey) RSA.getPublic()).build()).build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        jws.sign(new RSASSASigner(RSA.getPrivate()));

        VerificationReport report = badges.verifier.verify(jws.serialize(), EMAIL);

        assertRow(report, Check.PROOF, Outcome.FAIL, "the key is not bound to the issuer");
        assertRow(report, Check.ISSUER_KEY, Outcome.FAIL, "the key is not bound to the issuer");
    }

    @Test
    void aJwtWithAnUnknownOrWrongKindOfKeyFails() {
        String unknown = VcJwt.sign(badges.credential(ISSUER).build(),
                (RSAPrivateKey) RSA.getPrivate(), ISSUER + "#rsa-2");
        String edKid = VcJwt.sign(badges.credential(ISSUER).build(),
                (RSAPrivateKey) RSA.getPrivate(), ED_KEY);

        assertRow(badges.verifier.verify(unknown, EMAIL), Check.ISSUER_KEY, Outcome.FAIL, "no key is known");
        assertRow(badges.verifier.verify(unknown, EMAIL), Check.PROOF, Outcome.FAIL, "could not be checked");
        assertRow(badges.verifier.verify(edKid, EMAIL), Check.ISSUER_KEY, Outcome.FAIL, "is not an RSA key");
        assertRow(badges.verifier.verify(edKid, EMAIL), Check.PROOF, Outcome.FAIL, "could not be checked");
    }

    @Test
    void aJwtCarryingAnEmbeddedProofHasBothChecked() {
        JsonObject signed = signWithEd(badges.credential(ISSUER).build());
        JsonObject tamperedInside = with(signed, "/name", Json.createValue("Changed before the JWT was made"));

        VerificationReport both = badges.verifier.verify(signWithRsa(signed), EMAIL);
        VerificationReport inner = badges.verifier.verify(signWithRsa(tamperedInside), EMAIL);

        assertValid(both);
        assertRow(both, Check.PROOF, Outcome.PASS, "RS256");
        assertRow(both, Check.PROOF, Outcome.PASS, "eddsa-rdfc-2022");
        assertRow(inner, Check.PROOF, Outcome.FAIL, "the signature does not match");
    }

    @Test
    void aJwtWithATermNoContextDefinesFailsContexts() {
        String jwt = signWithRsa(badges.credential(ISSUER).add("favouriteColour", "green").build());

        VerificationReport report = badges.verifier.verify(jwt, EMAIL);

        assertRow(report, Check.CONTEXTS, Outcome.FAIL, "none of its contexts defines");
        assertRow(report, Check.PROOF, Outcome.PASS, "RS256");
    }

    // --- structure and contexts ---

    @Test
    void everyStructuralProblemIsNamed() {
        JsonObject broken = badges.credential(DID)
                .add("type", Badges.array("VerifiableCredential"))
                .add("id", "not a uri")
                .add("issuer", Json.createObjectBuilder().add("id", DID))
                .remove("validFrom")
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("achievement", Json.createObjectBuilder().add("type", Badges.array("Achievement")))
                        .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "IdentityObject").add("identityType", "emailAddress"))))
                .build();

        VerificationReport report = badges.verify(broken);

        assertAll(Stream.of("neither OpenBadgeCredential nor AchievementCredential", "its id is not a URI",
                        "its issuer's type does not include Profile", "it has no validFrom",
                        "its achievement has no id", "its achievement has no name", "its achievement has no criteria",
                        "identifier 1 has no identityHash", "identifier 1 does not say whether it is hashed",
                        "the credential has no proof")
                .map(problem -> () -> assertRow(report, Check.STRUCTURE, Outcome.FAIL, problem)));
        assertRow(report, Check.VALIDITY, Outcome.FAIL, "does not say from when it is valid");
    }

    @Test
    void theContextsMustBeTheStandardsAndKnown() {
        JsonObject noOpenBadges = badges.credential(DID)
                .add("@context", Badges.array(BundledContexts.CREDENTIALS_V2)).build();
        JsonObject unknown = badges.credential(DID).add("@context", Badges.array(BundledContexts.CREDENTIALS_V2,
                BundledContexts.OPEN_BADGES_3_0_3, "https://evil.example/context.json")).build();
        JsonObject inline = badges.credential(DID).add("@context", Json.createArrayBuilder()
                .add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OPEN_BADGES_3_0_3)
                .add(Json.createObjectBuilder().add("favouriteColour", "https://evil.example/#colour"))).build();

        assertRow(badges.verify(noOpenBadges), Check.STRUCTURE, Outcome.FAIL, "names no Open Badges 3.0 context");
        assertRow(badges.verify(unknown), Check.CONTEXTS, Outcome.FAIL,
                "\u201chttps://evil.example/context.json\u201d is not one the portal knows");
        assertRow(badges.verify(inline), Check.CONTEXTS, Outcome.FAIL, "written into the credential itself");
    }

    // --- validity ---

    @Test
    void aCredentialNotYetValidFails() {
        VerificationReport report = badges.verify(signWithDidKey(badges.credential(DID)
                .add("validFrom", "2026-07-01T12:00:00Z").build()));

        assertRow(report, Check.VALIDITY, Outcome.FAIL, "not valid until 1 Jul 2026, 12:00");
        assertRow(report, Check.PROOF, Outcome.PASS, "eddsa-rdfc-2022");
    }

    @Test
    void anExpiredCredentialFails() {
        VerificationReport report = badges.verify(signWithDidKey(badges.credential(DID)
                .add("validUntil", "2026-05-31T23:59:59Z").build()));

        assertRow(report, Check.VALIDITY, Outcome.FAIL, "expired on 31 May 2026, 23:59");
    }

    @Test
    void aCredentialWithAnEndDateInTheFutureSaysSo() {
        VerificationReport report = badges.verify(signWithDidKey(badges.credential(DID)
                .add("validUntil", "2027-01-01T00:00:00+01:00").build()));

        assertValid(report);
        assertRow(report, Check.VALIDITY, Outcome.PASS, "valid from 1 Jan 2026, 00:00 until 31 Dec 2026, 23:00");
        assertEquals(Optional.of(Instant.parse("2026-12-31T23:00:00Z")), report.validUntil());
    }

    @Test
    void datesThatAreNotDatesFail() {
        VerificationReport noZone = badges.verify(badges.credential(DID)
                .add("validFrom", "2026-01-01T00:00:00").build());
        VerificationReport nonsense = badges.verify(badges.credential(DID).add("validUntil", "soon").build());

        assertRow(noZone, Check.VALIDITY, Outcome.FAIL, "validFrom is not a date and time with a time zone");
        assertRow(noZone, Check.STRUCTURE, Outcome.FAIL, "validFrom is not a date and time");
        assertRow(nonsense, Check.VALIDITY, Outcome.FAIL, "validUntil is not a date and time");
    }

    @Test
    void aVersion1CredentialIsDatedByIssuanceAndExpirationDate() {
        JsonObject version1 = badges.credential(DID)
                .add("@context", Badges.array(BundledContexts.CREDENTIALS_V1, BundledContexts.OPEN_BADGES_3_0_1))
                .remove("validFrom")
                .add("issuanceDate", "2025-01-01T00:00:00Z")
                .add("expirationDate", "2026-01-01T00:00:00Z")
                .build();

        VerificationReport report = badges.verify(version1);

        assertRow(report, Check.VALIDITY, Outcome.FAIL, "expired on 1 Jan 2026, 00:00");
        assertFalse(report.row(Check.STRUCTURE).reason().contains("first @context"),
                report.row(Check.STRUCTURE).reason());
        assertFalse(report.row(Check.STRUCTURE).reason().contains("validFrom"), report.row(Check.STRUCTURE).reason());
    }

    // --- status ---

    private BitstringStatusList clearList() {
        return BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE);
    }

    @Test
    void aCredentialWhoseBitsAreClearIsNeitherRevokedNorSuspended() {
        badges.publish(REVOCATIONS, signWithEd(statusList(REVOCATIONS, "revocation", clearList()).build()));
        badges.publish(SUSPENSIONS, signWithEd(statusList(SUSPENSIONS, "suspension", clearList()).build()));

        VerificationReport report = badges.verify(withStatus(statusEntry("revocation", 42, REVOCATIONS),
                statusEntry("suspension", 42, SUSPENSIONS)));

        assertValid(report);
        assertRow(report, Check.STATUS, Outcome.PASS, "not revoked by the issuer; not suspended by the issuer");
    }

    @Test
    void aRevokedCredentialFails() {
        badges.publish(REVOCATIONS, signWithEd(statusList(REVOCATIONS, "revocation",
                clearList().withStatus(42, true)).build()));

        VerificationReport report = badges.verify(withStatus(statusEntry("revocation", 42, REVOCATIONS)));
        VerificationReport neighbour = badges.verify(withStatus(statusEntry("revocation", 43, REVOCATIONS)));

        assertRow(report, Check.STATUS, Outcome.FAIL, "revoked by the issuer");
        assertValid(neighbour);
    }

    @Test
    void aSuspendedCredentialFails() {
        badges.publish(SUSPENSIONS, signWithEd(statusList(SUSPENSIONS, "suspension",
                clearList().withStatus(7, true)).build()));

        VerificationReport report = badges.verify(withStatus(statusEntry("suspension", 7, SUSPENSIONS)));

        assertRow(report, Check.STATUS, Outcome.FAIL, "suspended by the issuer");
    }

    @Test
    void aListThatCannotBeFetchedWarnsAndNeverPasses() {
        VerificationReport report = badges.verify(withStatus(statusEntry("revocation", 42, REVOCATIONS)));

        assertRow(report, Check.STATUS, Outcome.WARN, "could not check revocation: the issuer's server did not answer");
        assertEquals(Outcome.WARN, report.overall());
    }

    @Test
    void anIndexBeyondTheListFails() {
        badges.publish(REVOCATIONS, signWithEd(statusList(REVOCATIONS, "revocation", clearList()).build()));

        VerificationReport report = badges.verify(withStatus(statusEntry("revocation",
                BitstringStatusList.MINIMUM_SIZE, REVOCATIONS)));

        assertRow(report, Check.STATUS, Outcome.FAIL, "beyond the end of the status list (131072 entries)");
    }

    static Stream<Arguments> untrustworthyLists() {
        BitstringStatusList clear = BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE);
        JsonObject signed = signWithEd(statusList(REVOCATIONS, "revocation", clear).build());
        return Stream.of(
                Arguments.of("unsigned", statusList(REVOCATIONS, "revocation", clear).build(),
                        "the status list's proof does not hold"),
                Arguments.of("changed after signing", with(signed, "/credentialSubject/encodedList",
                        Json.createValue(clear.withStatus(1, true).encode())), "the status list's proof does not hold"),
                Arguments.of("signed by another issuer", signWithDidKey(statusList(REVOCATIONS, "revocation", clear)
                        .add("issuer", DID).build()), "the status list was not published by the credential's issuer"),
                Arguments.of("for suspension", signWithEd(statusList(REVOCATIONS, "suspension", clear).build()),
                        "the status list is not one for revocation"),
                Arguments.of("expired", signWithEd(statusList(REVOCATIONS, "revocation", clear)
                        .add("validUntil", "2026-03-01T00:00:00Z").build()), "the status list expired on 1 Mar 2026"),
                Arguments.of("not a status list", signWithEd(new Badges().credential(ISSUER).build()),
                        "the status list is not a BitstringStatusListCredential"));
    }

    @ParameterizedTest(name = "a list {0} warns")
    @MethodSource("untrustworthyLists")
    void aListThatCannotBeTrustedWarns(String what, JsonObject list, String reason) {
        badges.publish(REVOCATIONS, list);

        VerificationReport report = badges.verify(withStatus(statusEntry("revocation", 1, REVOCATIONS)));

        assertRow(report, Check.STATUS, Outcome.WARN, "could not check revocation: " + reason);
    }

    @Test
    void aListSignedWithACompromisedKeyWarns() {
        badges.publish(REVOCATIONS, signWithEd(statusList(REVOCATIONS, "revocation", clearList()).build()));
        JsonObject credential = signWithDidKey(badges.credential(ISSUER).add("credentialStatus",
                statusEntry("revocation", 1, REVOCATIONS)).build());
        badges.keys.put(ED_KEY, new KnownKey(Badges.ED.getPublic(), ISSUER, KeyState.COMPROMISED));

        assertRow(badges.verify(credential), Check.STATUS, Outcome.WARN, "marked as compromised");
    }

    @Test
    void anEntryOfAnotherKindWarnsAndAMalformedOneFails() {
        JsonObject otherKind = Json.createObjectBuilder().add("id", "https://trust.example/status/1")
                .add("type", "1EdTechRevocationList").build();
        JsonObject noIndex = without(statusEntry("revocation", 1, REVOCATIONS), "/statusListIndex");
        JsonObject numberIndex = with(statusEntry("revocation", 1, REVOCATIONS), "/statusListIndex",
                Json.createValue(1));

        assertRow(badges.verify(withStatus(otherKind)), Check.STATUS, Outcome.WARN, "is not one the portal can check");
        assertRow(badges.verify(withStatus(noIndex)), Check.STATUS, Outcome.FAIL, "statusListIndex is not a number");
        assertRow(badges.verify(withStatus(numberIndex)), Check.STATUS, Outcome.FAIL, "written as text");
    }

    @Test
    void eachListIsFetchedOnce() {
        List<String> fetched = new ArrayList<>();
        JsonObject list = signWithEd(statusList(REVOCATIONS, "revocation", clearList()).build());
        CredentialVerifier verifier = new CredentialVerifier(m -> Optional.ofNullable(badges.keys.get(m)), url -> {
            fetched.add(url);
            return new CredentialVerifier.StatusListAnswer.Found(list);
        }, Clock.fixed(Badges.NOW, ZoneOffset.UTC));

        VerificationReport report = verifier.verify(withStatus(statusEntry("revocation", 1, REVOCATIONS),
                statusEntry("revocation", 2, REVOCATIONS)).toString(), EMAIL);

        assertValid(report);
        assertEquals(List.of(REVOCATIONS), fetched);
    }

    @Test
    void noListIsFetchedForACredentialWhoseProofFails() {
        List<String> fetched = new ArrayList<>();
        CredentialVerifier verifier = new CredentialVerifier(m -> Optional.ofNullable(badges.keys.get(m)), url -> {
            fetched.add(url);
            return new CredentialVerifier.StatusListAnswer.Unavailable("not expected");
        }, Clock.fixed(Badges.NOW, ZoneOffset.UTC));
        JsonObject forged = with(withStatus(statusEntry("revocation", 1, REVOCATIONS)), "/credentialStatus/0/id",
                Json.createValue("https://internal.example/admin"));

        VerificationReport report = verifier.verify(forged.toString(), EMAIL);

        assertRow(report, Check.PROOF, Outcome.FAIL, "the signature does not match");
        assertRow(report, Check.STATUS, Outcome.WARN, "not checked: the proof does not hold");
        assertEquals(List.of(), fetched);
    }

    // --- recipient ---

    @Test
    void theRecipientIsCheckedByEmail() {
        JsonObject signed = badges.didKeySigned();

        assertRow(badges.verifier.verify(signed.toString(), " ADA@example.org "), Check.RECIPIENT, Outcome.PASS,
                "issued to this email");
        assertRow(badges.verifier.verify(signed.toString(), "ben@example.org"), Check.RECIPIENT, Outcome.FAIL,
                "the credential was not issued to this email");
        assertRow(badges.verifier.verify(signed.toString(), ""), Check.RECIPIENT, Outcome.WARN,
                "no email was given to check");
    }

    @Test
    void anUnhashedEmailMatchesWhateverItsCaseAndNoIdentifierWarns() {
        JsonObject plain = with(badges.credential(DID).build(), "/credentialSubject/identifier/0",
                Json.createObjectBuilder().add("type", "IdentityObject").add("identityHash", "Ada@Example.org")
                        .add("identityType", "emailAddress").add("hashed", false).build());
        JsonObject none = without(badges.credential(DID).build(), "/credentialSubject/identifier");

        assertRow(badges.verify(signWithDidKey(plain)), Check.RECIPIENT, Outcome.PASS, "issued to this email");
        assertRow(badges.verify(signWithDidKey(none)), Check.RECIPIENT, Outcome.WARN, "by an email address");
    }

    // --- images ---

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aBakedBadgeVerifies() throws Exception {
        byte[] json = BakedPng.bake(png(), badges.didKeySigned().toString());
        byte[] jwt = BakedPng.bake(png(), signWithRsa(badges.credential(ISSUER).build()));

        VerificationReport fromJson = badges.verifier.verify(json, EMAIL);
        VerificationReport fromJwt = badges.verifier.verify(jwt, EMAIL);

        assertValid(fromJson);
        assertEquals(Format.PNG, fromJson.format());
        assertValid(fromJwt);
        assertRow(fromJwt, Check.PROOF, Outcome.PASS, "RS256");
    }

    @Test
    void aBadgeChangedAfterBakingFails() throws Exception {
        JsonObject changed = with(badges.didKeySigned(), "/name", Json.createValue("Something else"));

        VerificationReport report = badges.verifier.verify(BakedPng.bake(png(), changed.toString()), EMAIL);

        assertRow(report, Check.PROOF, Outcome.FAIL, "the signature does not match");
    }

    @Test
    void anImageWithoutACredentialSaysSo() throws Exception {
        VerificationReport report = badges.verifier.verify(png(), EMAIL);

        assertEquals(Format.PNG, report.format());
        assertRow(report, Check.STRUCTURE, Outcome.FAIL, "the image carries no credential");
        assertRow(report, Check.PROOF, Outcome.FAIL, "not checked: the credential could not be read");
    }
}
