package org.healthengineering.portal.domain.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.cpdaudit.Grade;

import java.io.Serializable;

/**
 * A reviewer's judgement of one area of the scheme: met, partly met or not met, with a comment (required when the
 * area is not met: the applicant and the panel read why).
 */
@Embeddable
public class AreaJudgement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_LENGTH = 2000;

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 20)
    private Grade grade;

    @Column(name = "comment", length = COMMENT_LENGTH)
    private String comment;

    protected AreaJudgement() {
    }

    AreaJudgement(long competencyId, Grade grade, String comment) {
        this.competencyId = competencyId;
        this.grade = grade;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    /** A judgement as the reviewer gives it: the area's competency, the grade, a comment. */
    public record Given(Long competencyId, Grade grade, String comment) {
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getComment() {
        return comment;
    }
}
