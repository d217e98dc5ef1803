package org.healthengineering.portal.domain.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** The applicant's supporting statement for one criterion of the specification (by its position). */
@Embeddable
public class Statement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 5000;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false)
    private String text;

    protected Statement() {
    }

    Statement(int position, String text) {
        this.position = position;
        this.text = Objects.requireNonNull(text, "text");
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Statement other && position == other.position && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, text);
    }
}
