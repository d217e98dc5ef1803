package org.healthengineering.portal.it;

import org.healthengineering.portal.domain.credential.DidKey;
import org.healthengineering.portal.domain.credential.EddsaRdfc2022;
import org.healthengineering.portal.domain.credential.IdentityHash;
import org.healthengineering.portal.domain.credential.OpenBadgeCredential;
import org.healthengineering.portal.domain.credential.ProofOptions;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An issuer outside the portal (a training provider, say), known by a did:key the test makes, that signs
 * OpenBadgeCredentials an engineer then imports.
 *
 * @param key  its Ed25519 key pair
 * @param name the name its profile gives
 */
record OutsideIssuer(KeyPair key, String name) {

    static OutsideIssuer named(String name) {
        try {
            return new OutsideIssuer(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its did:key, the id its credentials name as issuer. */
    String id() {
        return DidKey.of(key.getPublic());
    }

    /** A signed credential of an achievement, for the holder of the email, valid since yesterday. */
    String credential(String email, String achievementId, String achievementName, String criteria) {
        OpenBadgeCredential credential = new OpenBadgeCredential("urn:uuid:" + UUID.randomUUID(),
                new OpenBadgeCredential.Profile(id(), name, null, null),
                new OpenBadgeCredential.Achievement(achievementId, "Course", achievementName, null, criteria, null,
                        null, List.of(), List.of()),
                new OpenBadgeCredential.Subject(IdentityHash.ofEmail(email), null, null, null, null, null),
                List.of(), Instant.now().minusSeconds(86_400), null, List.of());
        return EddsaRdfc2022.sign(credential.toJson(), ProofOptions.assertion(Instant.now(),
                DidKey.verificationMethod(key.getPublic())), key.getPrivate()).toString();
    }
}
