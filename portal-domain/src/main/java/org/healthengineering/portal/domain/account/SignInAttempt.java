package org.healthengineering.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One try at signing in with a password, kept by the email typed, whether or not an account has it. */
@Entity
@Table(name = "sign_in_attempt")
@NamedQuery(name = SignInAttempt.RECENT_FOR_EMAIL,
        query = "SELECT a FROM SignInAttempt a WHERE a.email = :email AND a.attemptedAt > :since"
                + " ORDER BY a.attemptedAt DESC, a.id DESC")
public class SignInAttempt {

    public static final String RECENT_FOR_EMAIL = "SignInAttempt.recentForEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "succeeded", nullable = false)
    private boolean succeeded;

    protected SignInAttempt() {
    }

    public SignInAttempt(String email, Instant attemptedAt, boolean succeeded) {
        this.email = EmailAddress.normalise(email);
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public boolean isSucceeded() {
        return succeeded;
    }
}
