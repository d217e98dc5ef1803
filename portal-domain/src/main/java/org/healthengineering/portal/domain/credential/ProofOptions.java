package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a Data Integrity proof states besides its value: when it was made ({@code created}, kept to the second),
 * which key makes it ({@code verificationMethod}) and what for ({@code proofPurpose}, {@code assertionMethod} for
 * a credential).
 */
public record ProofOptions(Instant created, String verificationMethod, String proofPurpose) {

    public static final String ASSERTION_METHOD = "assertionMethod";

    public ProofOptions {
        Objects.requireNonNull(created, "created");
        if (verificationMethod == null || verificationMethod.isBlank()) {
            throw new IllegalArgumentException("a proof needs a verification method");
        }
        if (proofPurpose == null || proofPurpose.isBlank()) {
            throw new IllegalArgumentException("a proof needs a purpose");
        }
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Options for an issuer's proof on a credential. */
    public static ProofOptions assertion(Instant created, String verificationMethod) {
        return new ProofOptions(created, verificationMethod, ASSERTION_METHOD);
    }

    /** The proof object without its value, for the given cryptosuite. */
    JsonObject toJson(String cryptosuite) {
        return Json.createObjectBuilder()
                .add("type", EddsaRdfc2022.PROOF_TYPE)
                .add("created", created.toString())
                .add("verificationMethod", verificationMethod)
                .add("cryptosuite", cryptosuite)
                .add("proofPurpose", proofPurpose)
                .build();
    }
}
