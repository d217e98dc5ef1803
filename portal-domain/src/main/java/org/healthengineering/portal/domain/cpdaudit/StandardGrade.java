package org.healthengineering.portal.domain.cpdaudit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** An assessor's grade of one standard, with the comment that explains it. */
@Embeddable
public class StandardGrade implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_LENGTH = 2000;

    @Column(name = "standard_code", nullable = false, length = AuditStandard.CODE_LENGTH)
    private String standard;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 20)
    private Grade grade;

    @Column(name = "comment", length = COMMENT_LENGTH)
    private String comment;

    protected StandardGrade() {
    }

    StandardGrade(String standard, Grade grade, String comment) {
        this.standard = standard;
        this.grade = grade;
        this.comment = comment;
    }

    /** A grade as given: the standard's code, the grade, a comment (needed unless the standard is met). */
    public record Given(String standard, Grade grade, String comment) {
    }

    public String getStandard() {
        return standard;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardGrade other && Objects.equals(standard, other.standard);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(standard);
    }
}
