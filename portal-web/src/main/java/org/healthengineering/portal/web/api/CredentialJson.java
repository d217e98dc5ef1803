package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.credential.CredentialLinks;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.domain.credential.ImportedCredential;
import org.healthengineering.portal.domain.credential.IssuedCredential;
import org.healthengineering.portal.domain.credential.VerificationReport;
import org.healthengineering.portal.domain.credential.IssuerKey;

import java.util.List;

/** The JSON of credentials as their holders and body administrators read them (issue 13). */
public final class CredentialJson {

    private CredentialJson() {
    }

    /** A credential in a wallet or an administrator's list; {@code url} is its public JSON-LD. */
    public record CredentialOut(long id, String publicId, String url, String kind, String achievement,
                                String issuer, String issuedAt, String validFrom, String validUntil, String state,
                                String stateReason, String shareUrl, boolean inPortfolio) {

        static CredentialOut of(Credentials.Held held) {
            IssuedCredential c = held.credential();
            return new CredentialOut(c.getId(), c.getPublicId(), CredentialLinks.credential(c.getPublicId()),
                    c.getKind().name(), c.getAchievementName(), held.issuerName(), c.getIssuedAt().toString(),
                    c.getValidFrom().toString(), c.getValidUntil() == null ? null : c.getValidUntil().toString(),
                    c.getState().name(), c.getStateReason(), held.shareUrl(), c.isInPortfolio());
        }
    }

    /** An issuer and its keys, for body administrators. */
    public record IssuerOut(long id, String url, String name, List<KeyOut> keys) {

        static IssuerOut of(Credentials.IssuerView view) {
            return new IssuerOut(view.issuer().getId(), CredentialLinks.issuer(view.issuer().getId()), view.name(),
                    view.keys().stream().map(KeyOut::of).toList());
        }
    }

    public record KeyOut(long id, String keyId, String algorithm, String state, String createdAt, String retiredAt,
                         String compromisedAt, String compromiseReason) {

        static KeyOut of(IssuerKey key) {
            return new KeyOut(key.getId(), CredentialLinks.key(key.getIssuerId(), key.getKeyRef()),
                    key.getAlgorithm().name(), key.getState().name(), key.getCreatedAt().toString(),
                    key.getRetiredAt() == null ? null : key.getRetiredAt().toString(),
                    key.getCompromisedAt() == null ? null : key.getCompromisedAt().toString(),
                    key.getCompromiseReason());
        }
    }

    /** A verification: the verdict, what the credential says, and every check's row. */
    public record ReportOut(boolean valid, String outcome, String format, String achievement, String issuer,
                            String issuerId, String validFrom, String validUntil, List<CheckOut> checks) {

        static ReportOut of(VerificationReport report) {
            return new ReportOut(report.isValid(), report.overall().name(), report.format() == null ? null
                    : report.format().name(), report.achievementName().orElse(null), report.issuerName().orElse(null),
                    report.issuerId().orElse(null), report.validFrom().map(Object::toString).orElse(null),
                    report.validUntil().map(Object::toString).orElse(null),
                    report.rows().stream().map(r -> new CheckOut(r.check().name(), r.outcome().name(), r.reason()))
                            .toList());
        }
    }

    public record CheckOut(String check, String outcome, String reason) {
    }

    /** A credential imported from another issuer, with the verification it had on arrival. */
    public record ImportedOut(long id, String format, String achievement, String achievementId, String issuer,
                              String issuerId, String outcome, String importedAt, boolean countsAsQualification,
                              List<CheckOut> checks) {

        static ImportedOut of(ImportedCredential imported) {
            return new ImportedOut(imported.getId(), imported.getFormat().name(), imported.getAchievementName(),
                    imported.getAchievementRef(), imported.getIssuerName(), imported.getIssuerRef(),
                    imported.getOutcome().name(), imported.getImportedAt().toString(),
                    imported.getHeldQualificationId() != null,
                    imported.rows().stream().map(r -> new CheckOut(r.check().name(), r.outcome().name(), r.reason()))
                            .toList());
        }
    }

    /** Whether a credential is listed in its holder's portfolio. */
    public record PortfolioInput(Boolean included) {
    }

    /** A reason, for revoking, suspending, reinstating or marking a key compromised. */
    public record ReasonInput(String reason) {
    }
}
