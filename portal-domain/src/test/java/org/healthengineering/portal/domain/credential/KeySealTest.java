package org.healthengineering.portal.domain.credential;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KeySealTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-characters";

    @Test
    void whatIsSealedOpensWithTheSameSecretAndContextOnly() {
        byte[] plain = "private key bytes".getBytes(StandardCharsets.UTF_8);
        KeySeal seal = KeySeal.fromSecret(SECRET);

        byte[] sealed = seal.seal(plain, "issuer-key:1:a");

        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("private key"));
        assertArrayEquals(plain, KeySeal.fromSecret(SECRET).open(sealed, "issuer-key:1:a"));
        assertThrows(IllegalStateException.class, () -> seal.open(sealed, "issuer-key:2:a"));
        assertThrows(IllegalStateException.class,
                () -> KeySeal.fromSecret(SECRET + "x").open(sealed, "issuer-key:1:a"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> seal.open(sealed, "issuer-key:1:a"));
    }

    @Test
    void eachSealHasItsOwnNonce() {
        KeySeal seal = KeySeal.fromSecret(SECRET);
        byte[] plain = {1, 2, 3};
        assertFalse(java.util.Arrays.equals(seal.seal(plain, "c"), seal.seal(plain, "c")));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeySeal.fromSecret("too-short"));
        assertThrows(IllegalArgumentException.class, () -> KeySeal.fromSecret(null));
    }
}
