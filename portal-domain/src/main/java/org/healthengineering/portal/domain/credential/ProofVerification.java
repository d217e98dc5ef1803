package org.healthengineering.portal.domain.credential;

import java.util.List;

/**
 * The answer to "does this proof hold?": verified when no problem was found, otherwise every problem with the
 * check it belongs to, so that a verification page can show each as a row with its reason.
 */
public record ProofVerification(List<Problem> problems) {

    /** Which check a problem belongs to. */
    public enum Check {
        /** The proof or the credential is missing something, or has it in the wrong form. */
        STRUCTURE,
        /** A context is unknown, or a term is defined by none of them. */
        CONTEXTS,
        /** The key cannot be found, or is of the wrong kind. */
        KEY,
        /** The signature does not match what was signed. */
        SIGNATURE
    }

    public record Problem(Check check, String reason) {
    }

    public ProofVerification {
        problems = List.copyOf(problems);
    }

    public static ProofVerification verified() {
        return new ProofVerification(List.of());
    }

    public static ProofVerification failed(Check check, String reason) {
        return new ProofVerification(List.of(new Problem(check, reason)));
    }

    public boolean isVerified() {
        return problems.isEmpty();
    }

    /** Whether a problem of this check was found. */
    public boolean hasFailed(Check check) {
        return problems.stream().anyMatch(p -> p.check() == check);
    }
}
