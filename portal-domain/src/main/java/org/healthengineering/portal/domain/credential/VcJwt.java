package org.healthengineering.portal.domain.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.healthengineering.portal.domain.credential.ProofVerification.Check;
import org.healthengineering.portal.domain.credential.ProofVerification.Problem;

import java.io.StringReader;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential as a VC-JWT (OB 3.0 §8.2, the JSON Web Token proof format), signed with RS256, the algorithm every
 * OB 3.0 verifier must accept. The JWT's payload is the credential itself with the registered claims {@code iss}
 * (the issuer's id), {@code jti} (the credential's id), {@code sub} (the subject's id), {@code nbf} ({@code
 * validFrom}) and {@code exp} ({@code validUntil}) added; a verifier checks that they agree with the credential.
 * The header names the key ({@code kid}), which the issuer publishes as a JWK.
 * <p>
 * The payload is written and read as the exact JSON text signed, so an embedded proof inside survives unchanged.
 * Whether the credential is valid today is for the date check, not for the signature: {@link #verify} does not
 * look at the clock.
 */
public final class VcJwt {

    private static final List<String> ADDED_CLAIMS = List.of("iss", "jti", "sub", "nbf", "exp");

    private VcJwt() {
    }

    /**
     * The compact JWS of {@code credential}, signed with an RSA key of at least 2048 bits.
     *
     * @throws IllegalArgumentException when the credential has no issuer or the key is too short
     */
    public static String sign(JsonObject credential, RSAPrivateKey key, String keyId) {
        for (String claim : ADDED_CLAIMS) {
            if (credential.containsKey(claim)) {
                throw new IllegalArgumentException("the credential already has a property " + claim);
            }
        }
        JsonObjectBuilder payload = JsonBuilders.FACTORY.createObjectBuilder(credential);
        payload.add("iss", issuerId(credential).orElseThrow(
                () -> new IllegalArgumentException("the credential names no issuer")));
        text(credential, "id").ifPresent(id -> payload.add("jti", id));
        subjectId(credential).ifPresent(subject -> payload.add("sub", subject));
        epochSeconds(credential, "validFrom").ifPresent(seconds -> payload.add("nbf", seconds));
        epochSeconds(credential, "validUntil").ifPresent(seconds -> payload.add("exp", seconds));

        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
        JWSObject jws = new JWSObject(header, new Payload(payload.build().toString()));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the credential cannot be signed with this key: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /** The key id ({@code kid}) in a JWT's header, if it is a JWT and has one; nothing is verified. */
    public static Optional<String> keyId(String compact) {
        try {
            return Optional.ofNullable(JWSObject.parse(compact).getHeader().getKeyID());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The credential a JWT carries, without the JWT's own claims; nothing is verified.
     *
     * @throws IllegalArgumentException when it is not a JWS whose payload is a JSON object
     */
    public static JsonObject credential(String compact) {
        JsonObjectBuilder credential = JsonBuilders.FACTORY.createObjectBuilder(payload(parse(compact)));
        ADDED_CLAIMS.forEach(credential::remove);
        return credential.build();
    }

    /** Verifies the JWT's RS256 signature with {@code key}, and that its claims agree with the credential. */
    public static ProofVerification verify(String compact, RSAPublicKey key) {
        JWSObject jws;
        JsonObject payload;
        try {
            jws = parse(compact);
            payload = payload(jws);
        } catch (IllegalArgumentException e) {
            return ProofVerification.failed(Check.STRUCTURE, e.getMessage());
        }
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return ProofVerification.failed(Check.STRUCTURE,
                    "the JWT is signed with " + jws.getHeader().getAlgorithm() + ", not RS256");
        }
        try {
            if (!jws.verify(new RSASSAVerifier(key))) {
                return ProofVerification.failed(Check.SIGNATURE, "the signature does not match: the JWT was changed "
                        + "after it was signed, or it was signed with another key");
            }
        } catch (JOSEException e) {
            return ProofVerification.failed(Check.KEY, "the key cannot check this JWT: " + e.getMessage());
        }

        List<Problem> problems = new ArrayList<>();
        agree(payload, "iss", issuerId(payload).map(Json::createValue), "the credential's issuer", problems);
        agree(payload, "jti", text(payload, "id").map(Json::createValue), "the credential's id", problems);
        agree(payload, "sub", subjectId(payload).map(Json::createValue), "the subject's id", problems);
        agree(payload, "nbf", epochSeconds(payload, "validFrom").map(Json::createValue), "validFrom", problems);
        agree(payload, "exp", epochSeconds(payload, "validUntil").map(Json::createValue), "validUntil", problems);
        return new ProofVerification(problems);
    }

    private static JWSObject parse(String compact) {
        try {
            return JWSObject.parse(compact == null ? "" : compact.trim());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWT: " + e.getMessage(), e);
        }
    }

    private static JsonObject payload(JWSObject jws) {
        try (JsonReader reader = Json.createReader(new StringReader(jws.getPayload().toString()))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("the JWT's payload is not a JSON object", e);
        }
    }

    /** A claim must say what the credential says; one the credential gives no value for must be absent. */
    private static void agree(JsonObject payload, String claim, Optional<JsonValue> expected, String what,
                              List<Problem> problems) {
        JsonValue found = payload.get(claim);
        if (expected.isEmpty() && found == null) {
            return;
        }
        if (expected.isEmpty()) {
            problems.add(new Problem(Check.STRUCTURE, "the JWT has " + claim + " but the credential has no " + what));
        } else if (!same(found, expected.get())) {
            problems.add(new Problem(Check.STRUCTURE, "the JWT's " + claim + " does not match " + what));
        }
    }

    private static boolean same(JsonValue found, JsonValue expected) {
        if (found instanceof JsonNumber a && expected instanceof JsonNumber b) {
            return a.bigDecimalValue().compareTo(b.bigDecimalValue()) == 0;
        }
        return Objects.equals(found, expected);
    }

    private static Optional<String> issuerId(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonString id) {
            return Optional.of(id.getString());
        }
        return issuer instanceof JsonObject profile ? text(profile, "id") : Optional.empty();
    }

    private static Optional<String> subjectId(JsonObject credential) {
        return credential.get("credentialSubject") instanceof JsonObject subject ? text(subject, "id")
                : Optional.empty();
    }

    private static Optional<Long> epochSeconds(JsonObject credential, String name) {
        return text(credential, name).flatMap(value -> {
            try {
                return Optional.of(Instant.parse(value).getEpochSecond());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }
}
