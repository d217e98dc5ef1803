package org.healthengineering.portal.domain.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A shortlister's score for one criterion of one application: 0 no evidence, 1 limited, 2 meets, 3 exceeds (the NHS
 * scale), with an optional note.
 */
@Embeddable
public class Score implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = 3;
    public static final int NOTE_LENGTH = 1000;

    @Column(name = "shortlister_id", nullable = false)
    private long shortlisterId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected Score() {
    }

    Score(long shortlisterId, int position, int score, String note, Instant scoredAt) {
        this.shortlisterId = shortlisterId;
        this.position = position;
        this.score = score;
        this.note = note;
        this.scoredAt = scoredAt;
    }

    /** A score as a shortlister gives it for the criterion at {@code position}. */
    public record Given(Integer position, Integer score, String note) {
    }

    public long getShortlisterId() { return shortlisterId; }
    public int getPosition() { return position; }
    public int getScore() { return score; }
    public String getNote() { return note; }
    public Instant getScoredAt() { return scoredAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score other && shortlisterId == other.shortlisterId && position == other.position
                && score == other.score && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shortlisterId, position, score, note);
    }
}
