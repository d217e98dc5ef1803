package org.healthengineering.portal.domain.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Something one participant will do, perhaps by a date. */
@Entity
@Table(name = "mentoring_action")
public class MentoringAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "mentoring_id", nullable = false, updatable = false)
    private Long mentoringId;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MentoringAction() {
    }

    /** An action for {@code ownerId}, who must be one of the relationship's participants (the caller checks). */
    public MentoringAction(long mentoringId, String description, long ownerId, LocalDate dueDate, Instant now) {
        if (description == null || description.isBlank() || description.length() > 500) {
            throw InvalidInputException.of("description", "Describe the action (at most 500 characters).");
        }
        this.mentoringId = mentoringId;
        this.description = description.trim();
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    public void markDone(boolean done) {
        this.done = done;
    }

    public Long getId() { return id; }
    public Long getMentoringId() { return mentoringId; }
    public String getDescription() { return description; }
    public Long getOwnerId() { return ownerId; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isDone() { return done; }
}
