package org.healthengineering.portal.domain.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One area of competence a scheme assesses: a competency of a framework (typically a top-level one, such as the
 * UK-SPEC's A to E), the title applicants see, and the most words the applicant's competence statement in it may
 * have ({@value #MIN_WORDS} to {@value #MAX_WORDS}).
 */
@Embeddable
public class SchemeArea implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;
    public static final int MIN_WORDS = 50;
    public static final int MAX_WORDS = 2000;

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "word_limit", nullable = false)
    private int wordLimit;

    protected SchemeArea() {
    }

    SchemeArea(Given given) {
        this.competencyId = given.competencyId();
        this.title = given.title().trim();
        this.wordLimit = given.wordLimit();
    }

    /** An area as a form or the API gives it, unchecked. */
    public record Given(Long competencyId, String title, Integer wordLimit) {
    }

    /** Everything wrong with an area as given, each field named after {@code prefix} ("areas[2]."). */
    static List<FieldProblem> problems(Given given, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (given == null || given.competencyId() == null || given.competencyId() < 1) {
            problems.add(new FieldProblem(prefix + "competencyId", "Choose the competency this area assesses."));
        }
        if (given == null || given.title() == null || given.title().isBlank()
                || given.title().trim().length() > TITLE_LENGTH) {
            problems.add(new FieldProblem(prefix + "title", "Give the title applicants see (at most " + TITLE_LENGTH
                    + " characters)."));
        }
        if (given == null || given.wordLimit() == null || given.wordLimit() < MIN_WORDS
                || given.wordLimit() > MAX_WORDS) {
            problems.add(new FieldProblem(prefix + "wordLimit", "Give a word limit from " + MIN_WORDS + " to "
                    + String.format(java.util.Locale.UK, "%,d", MAX_WORDS) + " words."));
        }
        return problems;
    }

    /** The area as it was given. */
    public Given given() {
        return new Given(competencyId, title, wordLimit);
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public String getTitle() {
        return title;
    }

    public int getWordLimit() {
        return wordLimit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemeArea other && Objects.equals(competencyId, other.competencyId)
                && Objects.equals(title, other.title) && wordLimit == other.wordLimit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(competencyId, title, wordLimit);
    }
}
