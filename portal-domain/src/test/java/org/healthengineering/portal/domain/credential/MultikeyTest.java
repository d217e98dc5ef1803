package org.healthengineering.portal.domain.credential;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultikeyTest {

    private static KeyPair freshKeys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void theVectorsPublicKeyDecodesToItsRawBytes() {
        PublicKey key = Multikey.decodePublicKey(Vector.expected("publicKeyMultibase"));

        assertEquals(Vector.expected("publicKeyHex"), HexFormat.of().formatHex(Multikey.rawPublicKey(key)));
        assertEquals(Vector.expected("publicKeyMultibase"), Multikey.encode(key));
    }

    @Test
    void theVectorsSecretKeyHasSeedAndPublicKeyAndDecodesToItsSeed() {
        EdECPrivateKey key = (EdECPrivateKey) Multikey.decodeSecretKey(Vector.expected("secretKeyMultibase"));

        assertEquals(Vector.expected("privateKeyHex").substring(0, 64), HexFormat.of().formatHex(key.getBytes().orElseThrow()));
    }

    @Test
    void aSecretKeyRoundTripsAsItsSeed() throws Exception {
        KeyPair keys = freshKeys();

        String multibase = Multikey.encodeSecretKey(keys.getPrivate());

        assertTrue(multibase.startsWith("z3u2"), multibase);
        assertArrayEquals(keys.getPrivate().getEncoded(), Multikey.decodeSecretKey(multibase).getEncoded());
    }

    @Test
    void aPublicKeyRoundTrips() throws Exception {
        PublicKey key = freshKeys().getPublic();

        String multibase = Multikey.encode(key);

        assertTrue(multibase.startsWith("z6Mk"), multibase);
        assertEquals(key, Multikey.decodePublicKey(multibase));
    }

    @Test
    void whatIsNotAnEd25519PublicKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodePublicKey("6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5"));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodePublicKey("z0OIl"));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodePublicKey(Vector.expected("secretKeyMultibase")));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decodePublicKey("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5"));
    }

    @Test
    void aVerificationMethodPublishesTheKey() {
        PublicKey key = Multikey.decodePublicKey(Vector.expected("publicKeyMultibase"));

        JsonObject method = Multikey.verificationMethod(Vector.expected("verificationMethod"), Vector.expected("controller"), key);

        assertEquals("Multikey", method.getString("type"));
        assertEquals(Vector.expected("controller"), method.getString("controller"));
        assertEquals(Vector.expected("publicKeyMultibase"), method.getString("publicKeyMultibase"));
    }

    @Test
    void didKeyRoundTrips() throws Exception {
        PublicKey key = freshKeys().getPublic();

        String did = DidKey.of(key);
        String method = DidKey.verificationMethod(key);

        assertEquals(did + "#" + did.substring("did:key:".length()), method);
        assertEquals(Optional.of(key), DidKey.resolve(did));
        assertEquals(Optional.of(key), DidKey.resolve(method));
    }

    @Test
    void theVectorsKeyAsDidKey() {
        PublicKey key = Multikey.decodePublicKey(Vector.expected("publicKeyMultibase"));

        assertEquals("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", DidKey.of(key));
    }

    @Test
    void onlyAnEd25519DidKeyResolves() throws Exception {
        String did = DidKey.of(freshKeys().getPublic());

        assertEquals(Optional.empty(), DidKey.resolve("did:web:example.edu"));
        assertEquals(Optional.empty(), DidKey.resolve("https://example.edu/issuers/565049#key-1"));
        assertEquals(Optional.empty(), DidKey.resolve(did + "#another-fragment"));
        assertEquals(Optional.empty(), DidKey.resolve("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme"));
        assertEquals(Optional.empty(), DidKey.resolve(null));
    }
}
