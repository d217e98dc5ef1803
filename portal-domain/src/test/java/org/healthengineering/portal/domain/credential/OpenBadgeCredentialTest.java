package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenBadgeCredentialTest {

    private static final String ISSUER = "https://portal.example.org/api/v1/issuers/3";

    static OpenBadgeCredential course(IdentityHash identity) {
        String achievement = ISSUER + "/achievements/course-12";
        return new OpenBadgeCredential("https://portal.example.org/api/v1/credentials/5b0f8c7e-0d0e-4a55-9d7c-1e2f3a4b5c6d",
                new OpenBadgeCredential.Profile(ISSUER, "Institute of Healthcare Engineering (synthetic)",
                        "https://portal.example.org", null),
                new OpenBadgeCredential.Achievement(achievement, "Course", "Medical gas pipeline safety",
                        "Two days on medical gas pipeline systems.", "Completed the course and passed its assessment.",
                        "IHE-C-12", new BigDecimal("12.5"),
                        List.of(new OpenBadgeCredential.Alignment("0a1b2c3d-0000-4000-8000-000000000001",
                                "https://portal.example.org/api/v1/case/v1p0/CFItems/0a1b2c3d-0000-4000-8000-000000000001",
                                "Medical gas systems", "Healthcare engineering framework", "Operates medical gases.")),
                        List.of(new OpenBadgeCredential.Level(1, "Aware"), new OpenBadgeCredential.Level(2, "Apply"))),
                new OpenBadgeCredential.Subject(identity, new BigDecimal("12.5"), Instant.parse("2026-10-01T09:00:00Z"),
                        Instant.parse("2026-10-02T17:00:00Z"), 2, Instant.parse("2026-10-03T00:00:00Z")),
                List.of(new OpenBadgeCredential.Evidence("https://portal.example.org/courses/course.xhtml?id=12",
                        "Accredited course", "Recorded by the training provider.")),
                Instant.parse("2026-10-03T00:00:00Z"), Instant.parse("2029-10-03T00:00:00Z"),
                List.of(new OpenBadgeCredential.StatusEntry(StatusPurpose.REVOCATION, ISSUER + "/status/1", 94567),
                        new OpenBadgeCredential.StatusEntry(StatusPurpose.SUSPENSION, ISSUER + "/status/2", 23)));
    }

    @Test
    void everyTermItWritesIsDefinedSoItSignsAndVerifies() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        JsonObject unsigned = course(IdentityHash.ofEmail("ada@example.org")).toJson();

        JsonObject signed = EddsaRdfc2022.sign(unsigned,
                ProofOptions.assertion(Instant.parse("2026-10-03T00:00:00Z"), ISSUER + "#key-1"), ed.getPrivate());

        assertTrue(EddsaRdfc2022.verify(signed, ed.getPublic()).isVerified());
        JsonObject tampered = Json.createObjectBuilder(signed).add("validUntil", "2099-01-01T00:00:00Z").build();
        assertFalse(EddsaRdfc2022.verify(tampered, ed.getPublic()).isVerified());
    }

    @Test
    void theSignedCredentialTravelsInsideItsJwtToo() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        JsonObject credential = course(IdentityHash.ofEmail("ada@example.org")).toJson();

        String jwt = VcJwt.sign(credential, (RSAPrivateKey) pair.getPrivate(), ISSUER + "#rsa-1");

        assertTrue(VcJwt.verify(jwt, (RSAPublicKey) pair.getPublic()).isVerified());
        assertEquals(credential, VcJwt.credential(jwt));
    }

    @Test
    void itSaysWhatTheIssueAsksFor() {
        IdentityHash identity = IdentityHash.ofEmail("ada@example.org");
        JsonObject json = course(identity).toJson();

        assertEquals(List.of(BundledContexts.CREDENTIALS_V2, BundledContexts.OPEN_BADGES_3_0_3),
                json.getJsonArray("@context").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("Profile", json.getJsonObject("issuer").getJsonArray("type").getString(0));
        JsonObject subject = json.getJsonObject("credentialSubject");
        assertEquals(identity.identityHash(), subject.getJsonArray("identifier").getJsonObject(0)
                .getString("identityHash"));
        assertFalse(json.toString().contains("ada@example.org"));
        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("Course", achievement.getString("achievementType"));
        assertEquals(new BigDecimal("12.5"), achievement.getJsonNumber("creditsAvailable").bigDecimalValue());
        assertEquals(new BigDecimal("12.5"), subject.getJsonNumber("creditsEarned").bigDecimalValue());
        assertEquals("2026-10-01T09:00:00Z", subject.getString("activityStartDate"));
        JsonObject alignment = achievement.getJsonArray("alignment").getJsonObject(0);
        assertEquals("CFItem", alignment.getString("targetType"));
        assertEquals("0a1b2c3d-0000-4000-8000-000000000001", alignment.getString("targetCode"));
        assertEquals(achievement.getString("id") + "#level-2",
                subject.getJsonArray("result").getJsonObject(0).getString("achievedLevel"));
        JsonObject revocation = json.getJsonArray("credentialStatus").getJsonObject(0);
        assertEquals("94567", revocation.getString("statusListIndex"));
        assertEquals("revocation", revocation.getString("statusPurpose"));
        assertEquals("2029-10-03T00:00:00Z", json.getString("validUntil"));
    }

    @Test
    void aCredentialCannotEndBeforeItStarts() {
        OpenBadgeCredential good = course(IdentityHash.ofEmail("ada@example.org"));
        assertThrows(IllegalArgumentException.class, () -> new OpenBadgeCredential(good.id(), good.issuer(),
                good.achievement(), good.subject(), good.evidence(), good.validFrom(), good.validFrom(), good.status()));
    }
}
