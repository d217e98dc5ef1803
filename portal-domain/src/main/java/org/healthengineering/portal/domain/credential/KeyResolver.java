package org.healthengineering.portal.domain.credential;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Finds the public key behind a proof's {@code verificationMethod}: our own issuers' published keys, a {@code
 * did:key} ({@link DidKey#resolve}), or none.
 */
@FunctionalInterface
public interface KeyResolver {

    Optional<PublicKey> publicKeyFor(String verificationMethod);
}
