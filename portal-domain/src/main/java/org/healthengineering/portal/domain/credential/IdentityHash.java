package org.healthengineering.portal.domain.credential;

import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The holder of a credential named without their email showing: an Open Badges 3.0 {@code IdentityObject} whose
 * {@code identityHash} is {@code sha256$} and the hexadecimal SHA-256 of the email followed by a random salt (both
 * UTF-8). Anyone who knows the email checks it with {@link #matches}; nobody reads it back out.
 * <p>
 * Emails are hashed as the portal keeps them, trimmed and in lower case, and a checked email is treated the same,
 * so that {@code Ada@Example.org} matches a credential issued to {@code ada@example.org}.
 */
public record IdentityHash(String identityHash, String salt) {

    public static final String TYPE = "IdentityObject";
    public static final String EMAIL = "emailAddress";
    private static final String SHA256 = "sha256$";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The email hashed with a new random salt of 128 bits. */
    public static IdentityHash ofEmail(String email) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltText = HexFormat.of().formatHex(salt);
        return new IdentityHash(hash(email, saltText), saltText);
    }

    /** The {@code IdentityObject}. */
    public JsonObject toJson() {
        return JsonBuilders.FACTORY.createObjectBuilder().add("type", TYPE).add("identityHash", identityHash)
                .add("identityType", EMAIL).add("hashed", true).add("salt", salt).build();
    }

    /**
     * Whether {@code email} is the one an {@code identityHash} of the form {@code sha256$<hex>} was made from with
     * {@code salt} (which may be absent); false for any other form, including md5 ones, which prove nothing.
     */
    public static boolean matches(String identityHash, String salt, String email) {
        if (identityHash == null || email == null || email.isBlank()
                || !identityHash.toLowerCase(Locale.ROOT).startsWith(SHA256)) {
            return false;
        }
        byte[] expected = hash(email, salt == null ? "" : salt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = identityHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    static String hash(String email, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((email.trim().toLowerCase(Locale.ROOT) + salt)
                    .getBytes(StandardCharsets.UTF_8));
            return SHA256 + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
