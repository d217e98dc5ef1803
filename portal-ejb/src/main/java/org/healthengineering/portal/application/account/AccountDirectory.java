package org.healthengineering.portal.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.audit.AuditRecorder;
import org.healthengineering.portal.application.security.AccountPrincipal;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.ApiToken;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.SignInAttempt;
import org.healthengineering.portal.domain.account.SignInThrottle;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the Shiro realms need before anyone is signed in: accounts by email or id, API tokens by secret, the
 * lock-out state of an email, and recording each sign-in attempt. Not a user-facing use case, so it checks no
 * permission; nothing in the web layer calls it.
 */
@Stateless
public class AccountDirectory {

    private static final String ACCOUNT = "Account";
    /** Token use is recorded at most this often, so API calls do not each write a row. */
    private static final Duration TOKEN_USE_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", EmailAddress.normalise(email))
                .getResultStream().findFirst();
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Instant> lockedUntil(String email) {
        Instant now = clock.instant();
        List<SignInAttempt> recent = em.createNamedQuery(SignInAttempt.RECENT_FOR_EMAIL, SignInAttempt.class)
                .setParameter("email", EmailAddress.normalise(email))
                .setParameter("since", now.minus(SignInThrottle.LOOK_BACK))
                .setMaxResults(SignInThrottle.MAX_FAILURES + 1)
                .getResultList();
        return SignInThrottle.lockedUntil(recent, now);
    }

    /** The hospitals an account belongs to, with how: {hospital id, membership}. */
    public List<Object[]> hospitalMemberships(long accountId) {
        return em.createQuery("SELECT h.id, m.membership FROM Hospital h JOIN h.members m WHERE m.accountId = :id",
                Object[].class).setParameter("id", accountId).getResultList();
    }

    /** The account an active token belongs to; records that the token was used. */
    public Optional<AccountPrincipal> useApiToken(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret.trim()))
                .getResultStream()
                .filter(ApiToken::isActive)
                .findFirst()
                .flatMap(token -> {
                    if (token.getLastUsedAt() == null
                            || token.getLastUsedAt().isBefore(now.minus(TOKEN_USE_GRANULARITY))) {
                        token.recordUse(now);
                    }
                    return findById(token.getAccountId());
                })
                .map(account -> new AccountPrincipal(account.getId(), account.getEmail()));
    }

    public void recordSignIn(String typedEmail, AccountPrincipal principal) {
        em.persist(new SignInAttempt(typedEmail, clock.instant(), true));
        audit.record(AuditEvent.created(AuditAction.SIGN_IN_SUCCEEDED, ACCOUNT, principal.accountId(), null),
                principal.accountId(), principal.email());
    }

    /** A failed password sign-in; one refused because the email was locked is audited but not counted. */
    public void recordFailedSignIn(String typedEmail, boolean refusedWhileLocked) {
        String email = EmailAddress.normalise(typedEmail);
        if (email == null || email.isEmpty()) {
            return;
        }
        if (email.length() > EmailAddress.MAX_LENGTH) {
            email = email.substring(0, EmailAddress.MAX_LENGTH);
        }
        if (!refusedWhileLocked) {
            em.persist(new SignInAttempt(email, clock.instant(), false));
        }
        AuditAction action = refusedWhileLocked ? AuditAction.SIGN_IN_REFUSED_LOCKED : AuditAction.SIGN_IN_FAILED;
        Long accountId = findByEmail(email).map(Account::getId).orElse(null);
        audit.record(AuditEvent.created(action, ACCOUNT, accountId, null), accountId, email);
    }

    public void recordSignOut(AccountPrincipal principal) {
        audit.record(AuditEvent.created(AuditAction.SIGNED_OUT, ACCOUNT, principal.accountId(), null),
                principal.accountId(), principal.email());
    }
}
