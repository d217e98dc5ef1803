package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.cpdaudit.Grade;

import java.io.Serializable;

/** A reviewer's judgement of one of the body's criteria: met, partly met or not met, with a comment. */
@Embeddable
public class ReviewJudgement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_LENGTH = 2000;

    @Column(name = "criterion", nullable = false, length = 300)
    private String criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 20)
    private Grade grade;

    @Column(name = "comment", length = COMMENT_LENGTH)
    private String comment;

    protected ReviewJudgement() {
    }

    public ReviewJudgement(String criterion, Grade grade, String comment) {
        this.criterion = criterion;
        this.grade = grade;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    public String getCriterion() {
        return criterion;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getComment() {
        return comment;
    }
}
