package org.healthengineering.portal.domain.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * The applicant's competence statement in one area of the scheme, kept by the area's competency: the text and its
 * number of words. A draft may be over the area's word limit; a submission may not.
 */
@Embeddable
public class AreaStatement implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most characters a statement may have even in a draft: well above the longest limit of 2,000 words. */
    public static final int TEXT_LENGTH = 30_000;

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    protected AreaStatement() {
    }

    AreaStatement(long competencyId, String text) {
        this.competencyId = competencyId;
        this.text = text.strip();
        this.wordCount = words(this.text);
    }

    /** A statement as the applicant saves it: the area's competency and the text (blank to clear it). */
    public record Given(Long competencyId, String text) {
    }

    /**
     * The number of words in a text as a word limit counts them: runs of characters between white space, so
     * "risk-based" is one word and a number is a word.
     */
    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().split("\\s+").length;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public String getText() {
        return text;
    }

    public int getWordCount() {
        return wordCount;
    }
}
