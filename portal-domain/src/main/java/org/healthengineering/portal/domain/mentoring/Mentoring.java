package org.healthengineering.portal.domain.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mentoring relationship: the engineer asks, the mentor accepts or declines, and either closes an active one.
 * Only its two participants take part in it.
 */
@Entity
@Table(name = "mentoring")
public class Mentoring implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    private Long menteeId;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    private Long mentorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MentoringStatus status;

    @Column(name = "role_code", length = 40, updatable = false)
    private String roleCode;

    @Column(name = "message", length = 2000, updatable = false)
    private String message;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version")
    private int version;

    protected Mentoring() {
    }

    public static Mentoring request(long menteeId, long mentorId, String roleCode, String message, Instant now) {
        if (menteeId == mentorId) {
            throw InvalidInputException.of("mentorId", "You cannot be your own mentor.");
        }
        if (message != null && message.length() > 2000) {
            throw InvalidInputException.of("message", "Use at most 2,000 characters.");
        }
        Mentoring mentoring = new Mentoring();
        mentoring.menteeId = menteeId;
        mentoring.mentorId = mentorId;
        mentoring.roleCode = roleCode;
        mentoring.message = message == null || message.isBlank() ? null : message.trim();
        mentoring.status = MentoringStatus.REQUESTED;
        mentoring.requestedAt = now;
        return mentoring;
    }

    public void accept(long by, Instant now) {
        requireMentor(by);
        requireStatus(MentoringStatus.REQUESTED, "accepted");
        status = MentoringStatus.ACTIVE;
        respondedAt = now;
    }

    public void decline(long by, Instant now) {
        requireMentor(by);
        requireStatus(MentoringStatus.REQUESTED, "declined");
        status = MentoringStatus.DECLINED;
        respondedAt = now;
    }

    /** Either participant closes an active relationship; the engineer may also withdraw a request. */
    public void close(long by, Instant now) {
        if (status == MentoringStatus.REQUESTED && by == menteeId) {
            status = MentoringStatus.CLOSED;
            closedAt = now;
            return;
        }
        requireStatus(MentoringStatus.ACTIVE, "closed");
        status = MentoringStatus.CLOSED;
        closedAt = now;
    }

    public boolean involves(long accountId) {
        return menteeId == accountId || mentorId == accountId;
    }

    public boolean isActive() {
        return status == MentoringStatus.ACTIVE;
    }

    /** The other participant. */
    public long otherThan(long accountId) {
        return accountId == menteeId ? mentorId : menteeId;
    }

    private void requireMentor(long by) {
        if (by != mentorId) {
            throw new org.healthengineering.portal.domain.shared.NotFoundException("Mentoring request", id);
        }
    }

    private void requireStatus(MentoringStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException("status", "A " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " relationship cannot be " + verb + ".");
        }
    }

    public Long getId() { return id; }
    public Long getMenteeId() { return menteeId; }
    public Long getMentorId() { return mentorId; }
    public MentoringStatus getStatus() { return status; }
    public String getRoleCode() { return roleCode; }
    public String getMessage() { return message; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getRespondedAt() { return respondedAt; }
    public Instant getClosedAt() { return closedAt; }
}
