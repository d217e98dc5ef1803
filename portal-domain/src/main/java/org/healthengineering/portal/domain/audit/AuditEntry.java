package org.healthengineering.portal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit trail. Immutable once written: the entity has no methods that change it and the
 * portal offers no way to edit or delete entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int STATE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_email", length = 254, updatable = false)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, length = 60, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 64, updatable = false)
    private String subjectId;

    @Column(name = "before_state", length = STATE_LENGTH, updatable = false)
    private String beforeState;

    @Column(name = "after_state", length = STATE_LENGTH, updatable = false)
    private String afterState;

    protected AuditEntry() {
    }

    public AuditEntry(AuditEvent event, Long actorId, String actorEmail, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = event.action();
        this.subjectType = event.subjectType();
        this.subjectId = event.subjectId() == null ? null : String.valueOf(event.subjectId());
        this.beforeState = clip(event.before());
        this.afterState = clip(event.after());
    }

    private static String clip(String state) {
        return state == null || state.length() <= STATE_LENGTH ? state : state.substring(0, STATE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
