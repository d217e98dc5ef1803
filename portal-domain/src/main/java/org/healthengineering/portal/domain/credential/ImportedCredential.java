package org.healthengineering.portal.domain.credential;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A credential an engineer brought from another issuer (a training provider outside the portal, say), kept as
 * evidence with what it says and the verification it had on arrival: the overall outcome and every check's row.
 * When it passed every check and its achievement proves a qualification of the catalogue, it counts as holding
 * that qualification ({@link #countsAs}).
 */
@Entity
@Table(name = "imported_credential")
public class ImportedCredential implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int TEXT_LENGTH = 400;
    private static final int REF_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private Long holderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, updatable = false, length = 8)
    private VerificationReport.Format format;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    @Column(name = "issuer_ref", updatable = false, length = REF_LENGTH)
    private String issuerRef;

    @Column(name = "issuer_name", updatable = false, length = TEXT_LENGTH)
    private String issuerName;

    @Column(name = "achievement_ref", updatable = false, length = REF_LENGTH)
    private String achievementRef;

    @Column(name = "achievement_name", updatable = false, length = TEXT_LENGTH)
    private String achievementName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 8)
    private VerificationReport.Outcome outcome;

    @Column(name = "report", nullable = false)
    private String report;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "held_qualification_id")
    private Long heldQualificationId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ImportedCredential() {
    }

    /** What was imported ({@code content}: the JSON, the JWT, or the text baked in the PNG) and how it verified. */
    public ImportedCredential(long holderId, String content, VerificationReport report, Instant now) {
        this.holderId = holderId;
        this.format = Objects.requireNonNull(report.format());
        this.content = Objects.requireNonNull(content);
        this.issuerRef = cut(report.issuerId().orElse(null), REF_LENGTH);
        this.issuerName = cut(report.issuerName().orElse(null), TEXT_LENGTH);
        this.achievementRef = cut(report.achievementId().orElse(null), REF_LENGTH);
        this.achievementName = cut(report.achievementName().or(report::credentialName).orElse(null), TEXT_LENGTH);
        this.importedAt = now;
        record(report, now);
    }

    /** Keeps a verification's outcome and rows. */
    private void record(VerificationReport report, Instant now) {
        this.outcome = report.overall();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (VerificationReport.Row row : report.rows()) {
            rows.add(Json.createObjectBuilder().add("check", row.check().name()).add("outcome", row.outcome().name())
                    .add("reason", row.reason()));
        }
        this.report = rows.build().toString();
        this.verifiedAt = now;
    }

    /** Whether it may count as the qualification its achievement proves: every check passed, none warned. */
    public boolean mayCount() {
        return outcome == VerificationReport.Outcome.PASS;
    }

    /** Records the qualification held that it counts as. */
    public void countsAs(long heldQualification) {
        this.heldQualificationId = heldQualification;
    }

    /** The rows of the verification on arrival. */
    public List<VerificationReport.Row> rows() {
        return Json.createReader(new StringReader(report)).readArray().getValuesAs(JsonObject.class).stream()
                .map(r -> new VerificationReport.Row(VerificationReport.Check.valueOf(r.getString("check")),
                        VerificationReport.Outcome.valueOf(r.getString("outcome")), r.getString("reason")))
                .toList();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() { return id; }
    public Long getHolderId() { return holderId; }
    public VerificationReport.Format getFormat() { return format; }
    public String getContent() { return content; }
    public String getIssuerRef() { return issuerRef; }
    public String getIssuerName() { return issuerName; }
    public String getAchievementRef() { return achievementRef; }
    public String getAchievementName() { return achievementName; }
    public VerificationReport.Outcome getOutcome() { return outcome; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public Instant getImportedAt() { return importedAt; }
    public Long getHeldQualificationId() { return heldQualificationId; }
}
