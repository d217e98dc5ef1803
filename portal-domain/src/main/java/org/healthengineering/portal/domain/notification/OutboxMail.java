package org.healthengineering.portal.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An email waiting in the durable outbox, written in the transaction that asked for it. The deliverer claims it for
 * a while (so one node of a cluster sends it), sends it, and records the outcome. A failed send waits longer each
 * time (1, 2, 5, 10, 30 minutes, then hourly) and is given up after a day, when an operator has been told for hours.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail stands. */
    public enum State {
        PENDING, SENT, GIVEN_UP
    }

    /** Waits after the first, second, … failure; the last repeats. */
    static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1));

    /** After this long without success a mail is given up. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

    /** How long a claim keeps other nodes off a mail: far longer than one SMTP conversation may take. */
    public static final Duration CLAIM = Duration.ofMinutes(2);

    static final int MAX_ERROR = 1000;
    static final int MAX_SUBJECT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Version
    private int version;

    protected OutboxMail() {
    }

    private OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        this.body = body;
        this.state = State.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A mail to send as soon as the transaction that writes it commits. */
    public static OutboxMail queue(String recipient, String subject, String body, Instant now) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        return new OutboxMail(recipient, subject == null ? "" : subject, body == null ? "" : body, now);
    }

    /** Whether a deliverer may take this mail now: pending, due, and not held by another deliverer's claim. */
    public boolean claimable(Instant now) {
        return state == State.PENDING && !nextAttemptAt.isAfter(now) && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    /** Takes the mail for {@code node} until the claim lapses. */
    public void claim(String node, Instant now) {
        if (!claimable(now)) {
            throw new IllegalStateException("Mail " + id + " is not claimable");
        }
        claimedBy = node == null ? null : node.length() > 100 ? node.substring(0, 100) : node;
        claimedUntil = now.plus(CLAIM);
    }

    /** An operator mended the SMTP server: a waiting mail stops waiting out its back-off. */
    public void dueNow(Instant now) {
        if (state == State.PENDING && nextAttemptAt.isAfter(now)) {
            nextAttemptAt = now;
        }
    }

    /** The SMTP server accepted it. */
    public void sent(Instant now) {
        attempts++;
        state = State.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    /** The SMTP server refused it or could not be reached: wait, then try again, or give up after a day. */
    public void failed(String error, Instant now) {
        attempts++;
        claimedUntil = null;
        String reason = error == null ? "unknown failure" : error;
        lastError = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        if (!now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
            state = State.GIVEN_UP;
            return;
        }
        nextAttemptAt = now.plus(WAITS.get(Math.min(attempts, WAITS.size()) - 1));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
