package org.healthengineering.portal.domain.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One statement of an engineer's level in one competency of one framework version, with its source and
 * evidence. Never changed or replaced: a later assessment is a new row, and the history stays.
 */
@Entity
@Table(name = "competency_assessment")
public class CompetencyAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int URL_LENGTH = 500;
    public static final int TEXT_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "competency_id", nullable = false, updatable = false)
    private Long competencyId;

    @Column(name = "level", nullable = false, updatable = false)
    private int level;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "evidence_text", updatable = false)
    private String evidenceText;

    @Column(name = "evidence_url", length = URL_LENGTH, updatable = false)
    private String evidenceUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20, updatable = false)
    private AssessmentSource source;

    @Column(name = "assessor_id", updatable = false)
    private Long assessorId;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_cpd_evidence", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "cpd_activity_id")
    private Set<Long> cpdActivityIds = new HashSet<>();

    protected CompetencyAssessment() {
    }

    /** An engineer's own assessment (the caller has checked the level is on the framework's scale). */
    public static CompetencyAssessment self(long accountId, long competencyId, int level, String note,
                                            String evidenceText, String evidenceUrl, Set<Long> cpdActivityIds,
                                            Instant now) {
        CompetencyAssessment assessment = new CompetencyAssessment();
        assessment.accountId = accountId;
        assessment.competencyId = competencyId;
        assessment.level = level;
        assessment.note = blankToNull(note);
        assessment.evidenceText = blankToNull(evidenceText);
        assessment.evidenceUrl = blankToNull(evidenceUrl);
        assessment.source = AssessmentSource.SELF;
        assessment.assessorId = accountId;
        assessment.assessedAt = now;
        assessment.cpdActivityIds = new HashSet<>(cpdActivityIds);
        return assessment;
    }

    /**
     * A mentor's or assessor's verification: the level they judge the engineer to be at. A level different from
     * the engineer's own needs a reason.
     */
    public static CompetencyAssessment verified(long accountId, long competencyId, int level, Integer selfLevel,
                                                AssessmentSource source, long verifierId, String reason,
                                                Instant now) {
        if (source == AssessmentSource.SELF) {
            throw new IllegalArgumentException("A verification comes from a mentor or an assessor");
        }
        if (selfLevel != null && level != selfLevel && (reason == null || reason.isBlank())) {
            throw org.healthengineering.portal.domain.shared.InvalidInputException.of("reason",
                    "Say why the level differs from the engineer's own (level " + selfLevel + ").");
        }
        if (reason != null && reason.length() > TEXT_LENGTH) {
            throw org.healthengineering.portal.domain.shared.InvalidInputException.of("reason",
                    "Use at most " + TEXT_LENGTH + " characters.");
        }
        CompetencyAssessment assessment = new CompetencyAssessment();
        assessment.accountId = accountId;
        assessment.competencyId = competencyId;
        assessment.level = level;
        assessment.note = blankToNull(reason);
        assessment.source = source;
        assessment.assessorId = verifierId;
        assessment.assessedAt = now;
        assessment.cpdActivityIds = new HashSet<>();
        return assessment;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public int getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public AssessmentSource getSource() {
        return source;
    }

    public Long getAssessorId() {
        return assessorId;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public Set<Long> getCpdActivityIds() {
        return Set.copyOf(cpdActivityIds);
    }
}
