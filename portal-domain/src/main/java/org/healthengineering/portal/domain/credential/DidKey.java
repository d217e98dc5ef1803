package org.healthengineering.portal.domain.credential;

import java.security.PublicKey;
import java.util.Optional;

/**
 * {@code did:key} identifiers for Ed25519 keys: the DID is {@code did:key:} followed by the key's {@code
 * publicKeyMultibase}, and its one verification method is {@code did:key:<mb>#<mb>}. Resolving one needs no
 * network, since the key is in the identifier itself; that is how the portal checks credentials from issuers who
 * sign with a {@code did:key}.
 */
public final class DidKey {

    static final String PREFIX = "did:key:";

    private DidKey() {
    }

    /** The DID of an Ed25519 public key. */
    public static String of(PublicKey key) {
        return PREFIX + Multikey.encode(key);
    }

    /** The id of the key's verification method, {@code did:key:<mb>#<mb>}. */
    public static String verificationMethod(PublicKey key) {
        String multibase = Multikey.encode(key);
        return PREFIX + multibase + "#" + multibase;
    }

    /**
     * The Ed25519 key named by a {@code did:key} or by its verification method; empty for anything else: another
     * DID method, a URL, a fragment that is not the key itself, or a key that is not Ed25519.
     */
    public static Optional<PublicKey> resolve(String didOrVerificationMethod) {
        if (didOrVerificationMethod == null || !didOrVerificationMethod.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = didOrVerificationMethod.substring(PREFIX.length());
        int hash = rest.indexOf('#');
        String multibase = hash < 0 ? rest : rest.substring(0, hash);
        if (hash >= 0 && !rest.substring(hash + 1).equals(multibase)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Multikey.decodePublicKey(multibase));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
