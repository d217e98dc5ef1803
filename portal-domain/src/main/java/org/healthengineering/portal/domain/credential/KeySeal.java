package org.healthengineering.portal.domain.credential;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Seals issuers' private keys for the database with the JDK's AES-256-GCM, under a key derived from the portal's
 * configured credential secret with PBKDF2-HMAC-SHA256. Each seal has a fresh 96-bit nonce, stored in front of the
 * ciphertext, and is bound to what it seals ({@code context}, e.g. the issuer and key name) as associated data, so
 * a sealed key copied to another row does not open.
 */
public final class KeySeal {

    /** The shortest secret accepted: 32 characters. */
    public static final int SHORTEST_SECRET = 32;
    private static final byte[] SALT = "healthengineering-portal/issuer-keys/v1".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 210_000;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private KeySeal(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * The seal for a secret.
     *
     * @throws IllegalArgumentException when the secret is shorter than {@value #SHORTEST_SECRET} characters
     */
    public static KeySeal fromSecret(String secret) {
        if (secret == null || secret.strip().length() < SHORTEST_SECRET) {
            throw new IllegalArgumentException("the credential secret must have at least " + SHORTEST_SECRET
                    + " characters");
        }
        PBEKeySpec spec = new PBEKeySpec(secret.strip().toCharArray(), SALT, ITERATIONS, 256);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new KeySeal(new SecretKeySpec(derived, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot derive a key with PBKDF2-HMAC-SHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** {@code plain} sealed: nonce, then ciphertext and tag. */
    public byte[] seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_LENGTH + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * What {@link #seal} sealed.
     *
     * @throws IllegalStateException when it was sealed under another secret or context, or changed since
     */
    public byte[] open(byte[] sealed, String context) {
        if (sealed.length <= NONCE_LENGTH) {
            throw new IllegalStateException("a sealed key is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_LENGTH));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Arrays.copyOfRange(sealed, NONCE_LENGTH, sealed.length));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a sealed issuer key does not open: the credential secret is not the one "
                    + "it was sealed with, or the key was changed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
