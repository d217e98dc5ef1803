package org.healthengineering.portal.domain.credential;

import com.apicatalog.multibase.Multibase;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 keys in the Multikey form of the Controlled Identifiers spec: a multicodec prefix and the raw key, as
 * base58btc multibase ({@code z…}). A public key is {@code 0xed 0x01} followed by its 32 bytes ({@code z6Mk…}); a
 * secret key is {@code 0x80 0x26} followed by its 32-byte seed (or, as some older tools wrote it, the seed and
 * the public key, 64 bytes). The keys themselves are the JDK's.
 */
public final class Multikey {

    public static final String TYPE = "Multikey";

    private static final byte[] PUBLIC_PREFIX = {(byte) 0xed, 0x01};
    private static final byte[] SECRET_PREFIX = {(byte) 0x80, 0x26};
    private static final int KEY_LENGTH = 32;
    /** DER of an Ed25519 SubjectPublicKeyInfo up to the raw key (RFC 8410). */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Multikey() {
    }

    /** The {@code publicKeyMultibase} of an Ed25519 public key. */
    public static String encode(PublicKey key) {
        return Multibase.BASE_58_BTC.encode(concat(PUBLIC_PREFIX, rawPublicKey(key)));
    }

    /**
     * The Ed25519 public key a {@code publicKeyMultibase} holds.
     *
     * @throws IllegalArgumentException when it is not base58btc, not an Ed25519 key, or not 32 bytes long
     */
    public static PublicKey decodePublicKey(String publicKeyMultibase) {
        byte[] bytes = decode(publicKeyMultibase, "public key");
        if (!startsWith(bytes, PUBLIC_PREFIX) || bytes.length != PUBLIC_PREFIX.length + KEY_LENGTH) {
            throw new IllegalArgumentException("the public key is not a 32-byte Ed25519 key (multicodec 0xed)");
        }
        return publicKey(Arrays.copyOfRange(bytes, PUBLIC_PREFIX.length, bytes.length));
    }

    /** The {@code secretKeyMultibase} of an Ed25519 private key: its 32-byte seed. */
    public static String encodeSecretKey(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        return Multibase.BASE_58_BTC.encode(concat(SECRET_PREFIX, edKey.getBytes().get()));
    }

    /**
     * The Ed25519 private key a {@code secretKeyMultibase} holds, as a 32-byte seed or as seed and public key.
     *
     * @throws IllegalArgumentException when it is not an Ed25519 secret key
     */
    public static PrivateKey decodeSecretKey(String secretKeyMultibase) {
        byte[] bytes = decode(secretKeyMultibase, "secret key");
        int length = bytes.length - SECRET_PREFIX.length;
        if (!startsWith(bytes, SECRET_PREFIX) || (length != KEY_LENGTH && length != 2 * KEY_LENGTH)) {
            throw new IllegalArgumentException("the secret key is not an Ed25519 key (multicodec 0x1300)");
        }
        byte[] seed = Arrays.copyOfRange(bytes, SECRET_PREFIX.length, SECRET_PREFIX.length + KEY_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * A verification method publishing {@code key}: {@code {id, type: Multikey, controller, publicKeyMultibase}}.
     */
    public static JsonObject verificationMethod(String id, String controller, PublicKey key) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("type", TYPE)
                .add("controller", controller)
                .add("publicKeyMultibase", encode(key))
                .build();
    }

    /** The 32 bytes of an Ed25519 public key. */
    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())
                || encoded == null || encoded.length != X509_PREFIX.length + KEY_LENGTH
                || !startsWith(encoded, X509_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    static PublicKey publicKey(byte[] raw) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key", e);
        }
    }

    private static byte[] decode(String multibase, String what) {
        if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
            throw new IllegalArgumentException("the " + what + " is not base58btc multibase (starting with z)");
        }
        try {
            return Multibase.BASE_58_BTC.decode(multibase);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the " + what + " is not valid base58btc", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
