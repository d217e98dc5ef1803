package org.healthengineering.portal.domain.cpdaudit;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One assessor's part in one round of an audit case and the grades they gave. Part of the {@link AuditCase}
 * aggregate: only the case creates and changes it.
 */
@Entity
@Table(name = "audit_assessment")
public class CaseAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AuditCase auditCase;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "part", nullable = false, length = 20, updatable = false)
    private AssessorPart part;

    @Column(name = "assessor_id", nullable = false, updatable = false)
    private Long assessorId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_assessment_grade", joinColumns = @JoinColumn(name = "assessment_id"))
    private Set<StandardGrade> grades = new HashSet<>();

    protected CaseAssessment() {
    }

    CaseAssessment(AuditCase auditCase, int round, AssessorPart part, long assessorId, Instant now) {
        this.auditCase = auditCase;
        this.round = round;
        this.part = part;
        this.assessorId = assessorId;
        this.assignedAt = now;
    }

    void record(List<StandardGrade> given, Instant now) {
        grades.clear();
        grades.addAll(given);
        gradedAt = now;
    }

    public boolean isGraded() {
        return gradedAt != null;
    }

    /** The grades by standard code. */
    public Map<String, Grade> gradeMap() {
        Map<String, Grade> map = new LinkedHashMap<>();
        grades.forEach(g -> map.put(g.getStandard(), g.getGrade()));
        return map;
    }

    public Long getId() {
        return id;
    }

    public int getRound() {
        return round;
    }

    public AssessorPart getPart() {
        return part;
    }

    public Long getAssessorId() {
        return assessorId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public List<StandardGrade> getGrades() {
        return grades.stream().sorted(java.util.Comparator.comparing(StandardGrade::getStandard)).toList();
    }
}
