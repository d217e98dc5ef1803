package org.healthengineering.portal.domain.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.account.EmailAddress;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A referee of an application: named by email in the draft, invited when the application is submitted by a link
 * carrying a random token, then, signed in with their own account, confirming the applicant's competence with a
 * statement or declining with a reason. Only the token's SHA-256 is stored ({@link #hash}): the service makes the
 * token with {@code SecureRandom} (at least 32 bytes), mails the link and forgets it; the link's token, hashed,
 * finds the referee again. Part of its {@link RecognitionApplication}.
 */
@Entity
@Table(name = "recognition_referee")
public class RecognitionReferee implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int STATEMENT_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private RecognitionApplication application;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RefereeState state;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "statement", length = STATEMENT_LENGTH)
    private String statement;

    @Column(name = "decline_reason", length = REASON_LENGTH)
    private String declineReason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected RecognitionReferee() {
    }

    RecognitionReferee(RecognitionApplication application, int sortOrder, String email) {
        this.application = application;
        this.sortOrder = sortOrder;
        this.email = EmailAddress.normalise(email);
        this.state = RefereeState.NAMED;
    }

    /** The stored form of a confirmation link's token: its SHA-256, in lower-case hex. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether the text has the shape of a stored token: 64 lower-case hex digits. */
    static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    void invite(String hash, Instant now) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException("A referee's link is stored as the SHA-256 hex of its token");
        }
        this.tokenHash = hash;
        this.invitedAt = now;
        this.state = RefereeState.INVITED;
    }

    void confirm(long account, String text, Instant now) {
        this.accountId = account;
        this.statement = text.trim();
        this.answeredAt = now;
        this.state = RefereeState.CONFIRMED;
    }

    void decline(long account, String reason, Instant now) {
        this.accountId = account;
        this.declineReason = reason.trim();
        this.answeredAt = now;
        this.state = RefereeState.DECLINED;
    }

    /** Whether the link with this token hash is this referee's. */
    boolean hasLink(String hash) {
        return tokenHash != null && tokenHash.equals(hash);
    }

    /** Still counted among the application's referees: every one but those who declined. */
    public boolean isActive() {
        return state != RefereeState.DECLINED;
    }

    public Long getId() {
        return id;
    }

    /** The referee's number on the application: 1 and 2 for the first named, 3 for the first replacement. */
    public int getNumber() {
        return sortOrder + 1;
    }

    public String getEmail() {
        return email;
    }

    public RefereeState getState() {
        return state;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    /** The account the referee signed in with to answer; null until they answer. */
    public Long getAccountId() {
        return accountId;
    }

    public String getStatement() {
        return statement;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
