package org.healthengineering.portal.application.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KeyState;
import org.healthengineering.portal.domain.credential.CredentialVerifier.KnownKey;
import org.healthengineering.portal.domain.credential.Multikey;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The public keys of issuers who publish them at an https address. A verification method {@code
 * https://host/path#key-1} is looked for in the document at {@code https://host/path}: the document itself, or an
 * entry of its {@code verificationMethod} or {@code assertionMethod} (an id starting with {@code #} is relative to
 * the document). Its key is an Ed25519 {@code publicKeyMultibase} or an RSA {@code publicKeyJwk}.
 * <p>
 * The key counts as its {@code controller}'s only when the controller's own document, whose {@code id} is the
 * controller, lists it under {@code assertionMethod}: the same document when the key is published there, otherwise
 * the controller's, fetched as well. So a document anywhere cannot claim a key for an issuer who never named it.
 * A key the document marks {@code revoked} is known as compromised.
 */
@ApplicationScoped
public class KeyDocuments {

    static final int MINIMUM_RSA_BITS = 2048;

    /** A key found, or why not. */
    public sealed interface Resolution {

        /** The key, its controller and standing. */
        record Resolved(KnownKey key) implements Resolution {

            public Resolved {
                Objects.requireNonNull(key, "key");
            }
        }

        /** Why the key was not found or not accepted. */
        record Unresolved(String reason) implements Resolution {

            public Unresolved {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    @Inject
    RemoteDocuments documents;

    KeyDocuments() {
    }

    KeyDocuments(RemoteDocuments documents) {
        this.documents = documents;
    }

    /** The key, for {@link org.healthengineering.portal.domain.credential.CredentialVerifier.Keys}. */
    public Optional<KnownKey> find(String verificationMethod) {
        return resolve(verificationMethod) instanceof Resolution.Resolved resolved
                ? Optional.of(resolved.key()) : Optional.empty();
    }

    /** The key a verification method at an https address names, or why it cannot be used. */
    public Resolution resolve(String verificationMethod) {
        if (verificationMethod == null || !verificationMethod.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return unresolved("the key is not published at an https address");
        }
        String documentUrl = withoutFragment(verificationMethod);
        JsonObject document;
        try {
            document = fetch(documentUrl, "the key's document");
        } catch (Refusal refusal) {
            return unresolved(refusal.getMessage());
        }
        JsonObject method = methodIn(document, documentUrl, verificationMethod);
        if (method == null) {
            return unresolved("the document at " + documentUrl + " does not publish the key " + verificationMethod);
        }
        String controller = text(method, "controller");
        if (controller == null) {
            return unresolved("the key " + verificationMethod + " names no controller");
        }
        try {
            JsonObject controllerDocument = withoutFragment(controller).equals(documentUrl) ? document
                    : fetch(withoutFragment(controller), "the key's controller");
            if (!controller.equals(text(controllerDocument, "id"))) {
                return unresolved("the document of the key's controller " + controller + " is not the controller's");
            }
            if (!listsForAssertions(controllerDocument, withoutFragment(controller), verificationMethod)) {
                return unresolved("the key's controller " + controller + " does not list the key "
                        + verificationMethod + " for making assertions (assertionMethod)");
            }
            PublicKey key = publicKey(method);
            KeyState state = method.containsKey("revoked") ? KeyState.COMPROMISED : KeyState.ACTIVE;
            return new Resolution.Resolved(new KnownKey(key, controller, state));
        } catch (Refusal refusal) {
            return unresolved(refusal.getMessage());
        }
    }

    private JsonObject fetch(String url, String what) throws Refusal {
        RemoteDocuments.Fetched fetched = documents.fetch(url);
        if (fetched instanceof RemoteDocuments.Fetched.Document found) {
            return found.json();
        }
        throw new Refusal(what + " could not be fetched: " + ((RemoteDocuments.Fetched.Refused) fetched).reason());
    }

    /** The verification method with this id: the document itself, or one of its methods. */
    private static JsonObject methodIn(JsonObject document, String documentUrl, String id) {
        if (id.equals(absolute(text(document, "id"), documentUrl))) {
            return document;
        }
        for (String relationship : List.of("verificationMethod", "assertionMethod")) {
            for (JsonValue entry : items(document.get(relationship))) {
                if (entry instanceof JsonObject method && id.equals(absolute(text(method, "id"), documentUrl))) {
                    return method;
                }
            }
        }
        return null;
    }

    /** Whether the controller's document names the method under {@code assertionMethod}, by id or embedded. */
    private static boolean listsForAssertions(JsonObject controllerDocument, String documentUrl, String id) {
        for (JsonValue entry : items(controllerDocument.get("assertionMethod"))) {
            String entryId = entry instanceof JsonString reference ? reference.getString()
                    : entry instanceof JsonObject method ? text(method, "id") : null;
            if (id.equals(absolute(entryId, documentUrl))) {
                return true;
            }
        }
        return false;
    }

    private static PublicKey publicKey(JsonObject method) throws Refusal {
        String multibase = text(method, "publicKeyMultibase");
        if (multibase != null) {
            try {
                return Multikey.decodePublicKey(multibase);
            } catch (IllegalArgumentException e) {
                throw new Refusal("the published key cannot be read: " + e.getMessage());
            }
        }
        if (method.get("publicKeyJwk") instanceof JsonObject jwk) {
            return rsaKey(jwk);
        }
        throw new Refusal("the published key is neither an Ed25519 publicKeyMultibase nor an RSA publicKeyJwk");
    }

    private static RSAPublicKey rsaKey(JsonObject jwk) throws Refusal {
        JWK parsed;
        try {
            parsed = JWK.parse(jwk.toString());
        } catch (ParseException e) {
            throw new Refusal("the published JWK cannot be read");
        }
        if (!(parsed instanceof RSAKey rsa)) {
            throw new Refusal("the published JWK is not an RSA key");
        }
        if (rsa.isPrivate()) {
            throw new Refusal("the published JWK holds a private key, so it can no longer be trusted");
        }
        if (rsa.size() < MINIMUM_RSA_BITS) {
            throw new Refusal("the published RSA key is shorter than " + MINIMUM_RSA_BITS + " bits");
        }
        try {
            return rsa.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new Refusal("the published RSA key is not a valid key");
        }
    }

    private static String absolute(String id, String documentUrl) {
        if (id == null) {
            return null;
        }
        return id.startsWith("#") ? documentUrl + id : id;
    }

    private static String withoutFragment(String url) {
        int fragment = url.indexOf('#');
        return fragment < 0 ? url : url.substring(0, fragment);
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static List<JsonValue> items(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        return value == null ? List.of() : List.of(value);
    }

    private static Resolution unresolved(String reason) {
        return new Resolution.Unresolved(reason);
    }

    /** Why a key cannot be used. */
    private static final class Refusal extends Exception {

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
