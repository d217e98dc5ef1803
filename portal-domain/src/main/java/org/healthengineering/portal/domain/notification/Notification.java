package org.healthengineering.portal.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Something that happened for an account (a mentoring request, an acceptance, a verification asked for or done),
 * or a reminder about its CPD (a cycle ending with its requirements unmet, a gap opening, an objective due, a
 * reflection missing).
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** What a notification is about; the email's subject. */
    public enum Kind {
        MENTORING_REQUESTED("A mentoring request"),
        MENTORING_ACCEPTED("Your mentoring request was accepted"),
        MENTORING_DECLINED("Your mentoring request was declined"),
        MENTORING_CLOSED("A mentoring relationship was closed"),
        VERIFICATION_REQUESTED("A request to verify a competency"),
        COMPETENCY_VERIFIED("A competency of yours was verified"),
        VERIFIERS_DISAGREE("Verifiers disagree about a competency"),
        CPD_CYCLE_ENDING("Your CPD cycle ends soon and its requirements are not met", true),
        CPD_GAP_OPENING("Three months without CPD", true),
        CPD_OBJECTIVE_DUE("A CPD objective is due for evaluation", true),
        CPD_REFLECTION_MISSING("A CPD activity needs its reflection", true),
        COURSE_SUBMITTED("A course was submitted for accreditation"),
        COURSE_RETURNED("Your course submission was returned"),
        COURSE_REVIEW_ASSIGNED("A course to review"),
        COURSE_REVIEWS_COMPLETE("A course's reviews are complete"),
        COURSE_DECIDED("A decision on your course"),
        COURSE_CONDITION_ANSWERED("A provider answered a condition"),
        COURSE_APPEAL_LODGED("An appeal against a refusal"),
        COURSE_APPEAL_DECIDED("A decision on your appeal"),
        COURSE_WITHDRAWN("Your course's accreditation is withdrawn"),
        COURSE_EXPIRING("Your course's accreditation expires soon"),
        COURSE_RETURN_OVERDUE("An annual return is overdue"),
        COMPLETION_VERIFIED("A verified CPD activity was added"),
        AUDIT_SELECTED("You are selected for a CPD audit"),
        AUDIT_DEADLINE_NEAR("Your CPD audit profile is due soon"),
        AUDIT_NON_ENGAGED("Your CPD audit profile did not arrive by the deadline"),
        AUDIT_DEFERRAL_DECIDED("Your request to defer your CPD audit is decided"),
        AUDIT_MORE_INFORMATION("Your CPD audit profile needs more information"),
        AUDIT_OUTCOME("The outcome of your CPD audit"),
        AUDIT_APPEAL_DECIDED("Your CPD audit appeal is decided"),
        AUDIT_ASSIGNED("A CPD audit profile to assess"),
        APPLICATION_RECEIVED("Your application is received"),
        APPLICATION_DECIDED("News of your application"),
        VACANCY_WITHDRAWN("A vacancy you applied to is withdrawn"),
        SHORTLISTING_ASSIGNED("Applications for you to shortlist"),
        RECOGNITION_PROGRESS("News of your application for recognition"),
        RECOGNITION_DECIDED("The panel's decision on your application for recognition"),
        RECOGNITION_TO_REVIEW("An application for recognition to review"),
        RECOGNITION_INTERVIEW("A professional review interview"),
        RECOGNITION_FOR_BODY("An application for recognition needs the body"),
        CREDENTIAL_STATUS("A change to one of your credentials");

        private final String subject;
        private final boolean reminder;

        Kind(String subject) {
            this(subject, false);
        }

        Kind(String subject, boolean reminder) {
            this.subject = subject;
            this.reminder = reminder;
        }

        public String getSubject() {
            return subject;
        }

        /** A reminder about the account's own CPD, mailed only while the account wants reminder mail. */
        public boolean isReminder() {
            return reminder;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private Kind kind;

    @Column(name = "text", nullable = false, length = 500, updatable = false)
    private String text;

    @Column(name = "link", length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long accountId, Kind kind, String text, String link, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.text = text.length() > 500 ? text.substring(0, 499) + "…" : text;
        this.link = link;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isFor(long account) {
        return accountId == account;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Kind getKind() { return kind; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
