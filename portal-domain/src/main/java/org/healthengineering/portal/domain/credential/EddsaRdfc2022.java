package org.healthengineering.portal.domain.credential;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.healthengineering.portal.domain.credential.ProofVerification.Check;
import org.healthengineering.portal.domain.credential.ProofVerification.Problem;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Embedded Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (W3C Data Integrity EdDSA
 * Cryptosuites v1.0), the proof Open Badges 3.0 expects: the credential and the proof configuration are each
 * canonicalised with RDFC-1.0 ({@link RdfCanonicalForm}) and hashed with SHA-256, and Ed25519 signs the two hashes,
 * the proof configuration's first. The signature is the {@code proofValue}, in base58btc multibase.
 * <p>
 * Signing a credential that cannot be canonicalised throws; verifying answers a {@link ProofVerification} with
 * the reasons, since a bad credential is an expected input there.
 */
public final class EddsaRdfc2022 {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String PROOF_TYPE = "DataIntegrityProof";

    private static final int SIGNATURE_LENGTH = 64;

    private EddsaRdfc2022() {
    }

    /**
     * {@code credential} with an embedded proof made with {@code key}.
     *
     * @throws IllegalArgumentException      when the credential already has a proof or the key is not Ed25519
     * @throws UnreadableCredentialException when the credential cannot be canonicalised
     */
    public static JsonObject sign(JsonObject credential, ProofOptions options, PrivateKey key) {
        if (credential.containsKey("proof")) {
            throw new IllegalArgumentException("the credential already has a proof");
        }
        JsonObject proof = options.toJson(CRYPTOSUITE);
        byte[] signature = ed25519Sign(key, signingInput(credential, proofConfiguration(proof, credential)).bytes());
        return JsonBuilders.FACTORY.createObjectBuilder(credential)
                .add("proof", JsonBuilders.FACTORY.createObjectBuilder(proof)
                        .add("proofValue", Multibase.BASE_58_BTC.encode(signature)))
                .build();
    }

    /** Verifies the credential's embedded proof with the one key it is expected to be signed with. */
    public static ProofVerification verify(JsonObject credential, PublicKey key) {
        return verify(credential, verificationMethod -> Optional.of(key));
    }

    /** Verifies the credential's embedded proof with the key its verification method names. */
    public static ProofVerification verify(JsonObject credential, KeyResolver keys) {
        JsonValue proofValue = credential.get("proof");
        if (proofValue instanceof JsonArray array && array.size() == 1) {
            proofValue = array.get(0);
        }
        if (proofValue == null) {
            return ProofVerification.failed(Check.STRUCTURE, "the credential has no proof");
        }
        if (!(proofValue instanceof JsonObject proof)) {
            return ProofVerification.failed(Check.STRUCTURE, "the credential must have exactly one proof");
        }

        List<Problem> problems = new ArrayList<>();
        expect(proof, "type", PROOF_TYPE, problems);
        expect(proof, "cryptosuite", CRYPTOSUITE, problems);
        expect(proof, "proofPurpose", ProofOptions.ASSERTION_METHOD, problems);
        String verificationMethod = text(proof, "verificationMethod");
        if (verificationMethod == null) {
            problems.add(new Problem(Check.STRUCTURE, "the proof names no verification method"));
        }
        byte[] signature = signatureOf(proof, problems);
        if (proof.containsKey("@context") && !startsWith(credential.get("@context"), proof.get("@context"))) {
            problems.add(new Problem(Check.CONTEXTS, "the proof's @context is not the start of the credential's"));
        }
        if (!problems.isEmpty()) {
            return new ProofVerification(problems);
        }

        Optional<PublicKey> key = keys.publicKeyFor(verificationMethod);
        if (key.isEmpty()) {
            return ProofVerification.failed(Check.KEY, "no key is known for " + verificationMethod);
        }

        JsonObject document = JsonBuilders.FACTORY.createObjectBuilder(credential).remove("proof").build();
        JsonObject configuration = JsonBuilders.FACTORY.createObjectBuilder(proof).remove("proofValue")
                .remove("@context").build();
        SigningInput input;
        try {
            input = signingInput(document, proofConfiguration(configuration, document));
        } catch (UnreadableCredentialException e) {
            Check check = e.getReason() == UnreadableCredentialException.Reason.INVALID ? Check.STRUCTURE
                    : Check.CONTEXTS;
            return ProofVerification.failed(check, "the credential cannot be read: " + e.getMessage());
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.get());
            verifier.update(input.bytes());
            if (!verifier.verify(signature)) {
                return ProofVerification.failed(Check.SIGNATURE, "the signature does not match: the credential was "
                        + "changed after it was signed, or it was signed with another key");
            }
        } catch (InvalidKeyException e) {
            return ProofVerification.failed(Check.KEY, "the key for " + verificationMethod + " is not an Ed25519 key");
        } catch (SignatureException e) {
            return ProofVerification.failed(Check.SIGNATURE, "the signature cannot be checked: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
        return ProofVerification.verified();
    }

    /** The proof configuration: the proof without its value, under the document's {@code @context}. */
    static JsonObject proofConfiguration(JsonObject proofWithoutValue, JsonObject document) {
        JsonObjectBuilder configuration = JsonBuilders.FACTORY.createObjectBuilder(proofWithoutValue);
        if (document.containsKey("@context")) {
            configuration.add("@context", document.get("@context"));
        }
        return configuration.build();
    }

    /** What Ed25519 signs: SHA-256 of the canonical proof configuration, then SHA-256 of the canonical document. */
    static SigningInput signingInput(JsonObject document, JsonObject proofConfiguration) {
        return new SigningInput(RdfCanonicalForm.of(document), RdfCanonicalForm.of(proofConfiguration));
    }

    /** The two canonical forms a proof covers, their hashes, and the 64 bytes signed. */
    record SigningInput(String documentNQuads, String proofConfigurationNQuads) {

        byte[] documentHash() {
            return sha256(documentNQuads);
        }

        byte[] proofConfigurationHash() {
            return sha256(proofConfigurationNQuads);
        }

        byte[] bytes() {
            byte[] proofHash = proofConfigurationHash();
            byte[] documentHash = documentHash();
            byte[] both = new byte[proofHash.length + documentHash.length];
            System.arraycopy(proofHash, 0, both, 0, proofHash.length);
            System.arraycopy(documentHash, 0, both, proofHash.length, documentHash.length);
            return both;
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    }

    private static byte[] ed25519Sign(PrivateKey key, byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static byte[] signatureOf(JsonObject proof, List<Problem> problems) {
        String proofValue = text(proof, "proofValue");
        if (proofValue == null) {
            problems.add(new Problem(Check.STRUCTURE, "the proof has no proofValue"));
            return null;
        }
        if (!Multibase.BASE_58_BTC.isEncoded(proofValue)) {
            problems.add(new Problem(Check.STRUCTURE, "the proofValue is not base58btc multibase (starting with z)"));
            return null;
        }
        try {
            byte[] signature = Multibase.BASE_58_BTC.decode(proofValue);
            if (signature.length != SIGNATURE_LENGTH) {
                problems.add(new Problem(Check.STRUCTURE, "the proofValue is not a 64-byte Ed25519 signature"));
            }
            return signature;
        } catch (RuntimeException e) {
            problems.add(new Problem(Check.STRUCTURE, "the proofValue is not valid base58btc"));
            return null;
        }
    }

    private static void expect(JsonObject proof, String name, String wanted, List<Problem> problems) {
        String found = text(proof, name);
        if (!wanted.equals(found)) {
            problems.add(new Problem(Check.STRUCTURE, found == null
                    ? "the proof has no " + name + " (" + wanted + " expected)"
                    : "the proof's " + name + " is " + found + ", not " + wanted));
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    /** Whether the proof's contexts are the first of the document's, in the same order. */
    private static boolean startsWith(JsonValue documentContext, JsonValue proofContext) {
        List<JsonValue> document = asList(documentContext);
        List<JsonValue> proof = asList(proofContext);
        return proof.size() <= document.size() && document.subList(0, proof.size()).equals(proof);
    }

    private static List<JsonValue> asList(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }
}
