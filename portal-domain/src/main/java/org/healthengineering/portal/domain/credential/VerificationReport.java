package org.healthengineering.portal.domain.credential;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a credential found: the form it came in, the credential (null when it could not be read) and one
 * row per {@link Check}, in the order of the checks, each passed, warned about or failed with a reason a person can
 * read. A credential is valid only when every row passes.
 * <p>
 * The accessors for names and dates say what the credential states, which is to be trusted only when
 * {@link #isValid()}.
 *
 * @param format     how the credential came, or null when the input was none of the known forms
 * @param credential the credential, or null when it could not be read
 * @param rows       one row for each check, in the order of {@link Check}
 */
public record VerificationReport(Format format, JsonObject credential, List<Row> rows) {

    /** The form a credential came in. */
    public enum Format {
        /** JSON with an embedded proof. */
        JSON,
        /** A VC-JWT, the credential signed as a JSON Web Token. */
        JWT,
        /** A badge image with the credential (JSON or JWT) baked in. */
        PNG
    }

    /** What is checked, in the order the rows come. */
    public enum Check {
        /** The credential has the shape of an Open Badges 3.0 credential. */
        STRUCTURE,
        /** Its JSON-LD contexts are ones the portal holds, and define every term it uses. */
        CONTEXTS,
        /** Its signature matches: it has not been changed since it was signed. */
        PROOF,
        /** The key that signed it is the issuer's, and in good standing. */
        ISSUER_KEY,
        /** It is valid today. */
        VALIDITY,
        /** The issuer has not revoked or suspended it. */
        STATUS,
        /** It was issued to the email given. */
        RECIPIENT
    }

    /** How a check went, from best to worst. */
    public enum Outcome {
        PASS, WARN, FAIL
    }

    /** One check's outcome and the reason for it. */
    public record Row(Check check, Outcome outcome, String reason) {

        public Row {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @throws IllegalArgumentException when the rows are not one for each check, in order
     */
    public VerificationReport {
        rows = List.copyOf(rows);
        if (!rows.stream().map(Row::check).toList().equals(Arrays.asList(Check.values()))) {
            throw new IllegalArgumentException("a report has one row for each check, in order");
        }
    }

    /** Whether every check passed: no failure and no warning. */
    public boolean isValid() {
        return overall() == Outcome.PASS;
    }

    /** The worst outcome of all the checks. */
    public Outcome overall() {
        return rows.stream().map(Row::outcome).max(Enum::compareTo).orElse(Outcome.PASS);
    }

    /** The row of one check. */
    public Row row(Check check) {
        return rows.get(check.ordinal());
    }

    /**
     * The verdict in one word for a page: {@code PASS}, {@code FAIL}, {@code WARN}, or {@code UNCHECKED_RECIPIENT}
     * when every check passed but the recipient, which could not be checked for want of an email.
     */
    public String verdict() {
        Outcome overall = overall();
        if (overall == Outcome.WARN && rows.stream().allMatch(r -> r.outcome() == Outcome.PASS
                || (r.check() == Check.RECIPIENT && r.outcome() == Outcome.WARN))) {
            return "UNCHECKED_RECIPIENT";
        }
        return overall.name();
    }

    /** The credential's own name ({@code name}), as it states it. */
    public Optional<String> credentialName() {
        return Optional.ofNullable(CredentialFields.text(credential, "name"));
    }

    /** The issuer's id, as the credential states it. */
    public Optional<String> issuerId() {
        return Optional.ofNullable(CredentialFields.issuerId(credential));
    }

    /** The issuer's name, when the credential gives its issuer as a profile with a name. */
    public Optional<String> issuerName() {
        return Optional.ofNullable(CredentialFields.text(CredentialFields.object(credential, "issuer"), "name"));
    }

    /** The name of the achievement the credential is for. */
    public Optional<String> achievementName() {
        JsonObject subject = CredentialFields.object(credential, "credentialSubject");
        return Optional.ofNullable(CredentialFields.text(CredentialFields.object(subject, "achievement"), "name"));
    }

    /** The id of the achievement the credential is for (a URI), which a qualification may name. */
    public Optional<String> achievementId() {
        JsonObject subject = CredentialFields.object(credential, "credentialSubject");
        return Optional.ofNullable(CredentialFields.text(CredentialFields.object(subject, "achievement"), "id"));
    }

    /** When the credential becomes valid ({@code validFrom}, or {@code issuanceDate} in VCDM 1.1). */
    public Optional<Instant> validFrom() {
        return date(CredentialFields.validFromName(credential));
    }

    /** When the credential stops being valid ({@code validUntil}, or {@code expirationDate} in VCDM 1.1). */
    public Optional<Instant> validUntil() {
        return date(CredentialFields.validUntilName(credential));
    }

    private Optional<Instant> date(String name) {
        return CredentialFields.instant(CredentialFields.text(credential, name));
    }
}
