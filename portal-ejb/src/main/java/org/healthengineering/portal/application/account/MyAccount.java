package org.healthengineering.portal.application.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.security.Passwords;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.ApiToken;
import org.healthengineering.portal.domain.account.PasswordPolicy;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in person looks after their own account: reads it, changes their password, chooses whether CPD
 * reminders also come by email, and creates and revokes personal API tokens. Every method works on the caller's
 * account only.
 */
@Stateless
public class MyAccount {

    /** More than this many active tokens is almost always forgotten ones; ask the user to revoke some. */
    public static final int MAX_ACTIVE_TOKENS = 20;
    private static final String TOKEN = "ApiToken";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public Account me() {
        caller.check(Permissions.OWN_ACCOUNT);
        return mine();
    }

    public void changePassword(String currentPassword, String newPassword) {
        caller.check(Permissions.OWN_ACCOUNT);
        Account account = mine();
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !passwords.matches(currentPassword, account.getPasswordHash())) {
            problems.add(new FieldProblem("currentPassword", "This is not your current password."));
        }
        PasswordPolicy.problemWith(newPassword, account.getEmail())
                .ifPresent(m -> problems.add(new FieldProblem("newPassword", m)));
        if (problems.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "Choose a password different from the current one."));
        }
        InvalidInputException.throwIfAny(problems);
        account.changePassword(passwords.hash(newPassword), clock.instant());
        audit.fire(new AuditEvent(AuditAction.PASSWORD_CHANGED, "Account", account.getId(), null, null));
    }

    /**
     * Turns reminder emails on or off ({@code wanted} null is refused); reminders stay on the notification list
     * either way.
     */
    public Account chooseReminderMail(Boolean wanted) {
        caller.check(Permissions.OWN_ACCOUNT);
        if (wanted == null) {
            throw InvalidInputException.of("reminderMail", "Say whether you want reminders by email.");
        }
        Account account = mine();
        boolean before = account.wantsReminderMail();
        if (account.chooseReminderMail(wanted)) {
            audit.fire(new AuditEvent(AuditAction.REMINDER_MAIL_CHOSEN, "Account", account.getId(),
                    "reminder mail " + (before ? "on" : "off"), "reminder mail " + (wanted ? "on" : "off")));
        }
        return account;
    }

    public List<ApiToken> apiTokens() {
        caller.check(Permissions.OWN_ACCOUNT);
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("accountId", caller.accountId())
                .getResultList();
    }

    /** Creates a token; the secret in the answer is shown once and never stored. */
    public ApiToken.Issued createApiToken(String name) {
        caller.check(Permissions.OWN_ACCOUNT);
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "Name the token after what will use it, e.g. \"CPD import script\".");
        }
        if (name.trim().length() > ApiToken.NAME_LENGTH) {
            throw InvalidInputException.of("name", "Use at most " + ApiToken.NAME_LENGTH + " characters.");
        }
        long active = apiTokens().stream().filter(ApiToken::isActive).count();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw new ConflictException("name",
                    "You already have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one you no longer use.");
        }
        ApiToken.Issued issued = ApiToken.issue(caller.accountId(), name, clock.instant());
        em.persist(issued.token());
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.API_TOKEN_CREATED, TOKEN, issued.token().getId(),
                "name=\"" + issued.token().getName() + "\", prefix=" + issued.token().getTokenPrefix()));
        return issued;
    }

    public void revokeApiToken(long tokenId) {
        caller.check(Permissions.OWN_ACCOUNT);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getAccountId().longValue() != caller.accountId()) {
            throw new NotFoundException("API token", tokenId);
        }
        if (token.isActive()) {
            token.revoke(clock.instant());
            audit.fire(new AuditEvent(AuditAction.API_TOKEN_REVOKED, TOKEN, tokenId, "active", "revoked"));
        }
    }

    private Account mine() {
        Account account = em.find(Account.class, caller.accountId());
        if (account == null) {
            throw new NotFoundException("Account", caller.accountId());
        }
        return account;
    }
}
