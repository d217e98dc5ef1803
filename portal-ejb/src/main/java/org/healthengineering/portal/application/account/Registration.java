package org.healthengineering.portal.application.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Passwords;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.NewAccount;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;

/**
 * An engineer registers themselves. Open to anyone who is not signed in; the new account holds the ENGINEER
 * role. Emails are unique regardless of case.
 */
@Stateless
public class Registration {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AccountDirectory directory;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public Account register(NewAccount request) {
        InvalidInputException.throwIfAny(request.problems());
        EmailAddress email = new EmailAddress(request.email());
        if (directory.findByEmail(email.value()).isPresent()) {
            throw new ConflictException("email", "An account with this email address already exists.");
        }
        Account account = Account.register(email, request.displayName(), passwords.hash(request.password()),
                clock.instant());
        em.persist(account);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.ACCOUNT_REGISTERED, "Account", account.getId(),
                "email=" + account.getEmail() + ", roles=" + account.rolesSummary()));
        return account;
    }
}
