package org.healthengineering.portal.domain.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A goal the mentor and engineer agreed, with its due date. */
@Entity
@Table(name = "mentoring_goal")
public class MentoringGoal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "mentoring_id", nullable = false, updatable = false)
    private Long mentoringId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MentoringGoal() {
    }

    public MentoringGoal(long mentoringId, String title, LocalDate dueDate, long createdBy, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 300) {
            problems.add(new FieldProblem("title", "Describe the goal (at most 300 characters)."));
        }
        if (dueDate == null) {
            problems.add(new FieldProblem("dueDate", "Give a due date."));
        }
        InvalidInputException.throwIfAny(problems);
        this.mentoringId = mentoringId;
        this.title = title.trim();
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void markDone(boolean done) {
        this.done = done;
    }

    public Long getId() { return id; }
    public Long getMentoringId() { return mentoringId; }
    public String getTitle() { return title; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isDone() { return done; }
    public Long getCreatedBy() { return createdBy; }
}
