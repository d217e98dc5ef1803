package org.healthengineering.portal.application.startup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.audit.AuditRecorder;
import org.healthengineering.portal.application.security.Passwords;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.NewAccount;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Accounts the operator (not a signed-in user) creates: the first system administrator and demo accounts.
 * Only start-up code calls it; no page or API reaches it.
 */
@Stateless
public class AccountProvisioning {

    private static final Logger LOG = Logger.getLogger(AccountProvisioning.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    public boolean systemAdministratorExists() {
        return em.createNamedQuery(Account.HOLDING_ROLE, Long.class)
                .setParameter("role", Role.SYSTEM_ADMIN).getSingleResult() > 0;
    }

    /**
     * Creates the administrator on first start. If the email already has an account, it is left as it is (its
     * password is not reset from the environment); if it lacks the role, the role is granted.
     */
    public void bootstrapSystemAdministrator(String email, String password) {
        Account existing = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", EmailAddress.normalise(email)).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            if (!existing.holds(Role.SYSTEM_ADMIN)) {
                String before = existing.rolesSummary();
                Set<Role> roles = existing.getRoles();
                roles.add(Role.SYSTEM_ADMIN);
                existing.assignRoles(roles);
                audit.record(new AuditEvent(AuditAction.ROLES_CHANGED, "Account", existing.getId(), "roles=" + before,
                        "roles=" + existing.rolesSummary()), null, "PORTAL_ADMIN_EMAIL");
                LOG.info(() -> "Granted SYSTEM_ADMIN to " + existing.getEmail() + " from PORTAL_ADMIN_EMAIL");
            }
            return;
        }
        try {
            Account admin = provision(email, "System administrator", password, Set.of(Role.SYSTEM_ADMIN));
            LOG.info(() -> "Created system administrator " + admin.getEmail() + " from PORTAL_ADMIN_EMAIL");
        } catch (InvalidInputException e) {
            throw new IllegalStateException("PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD refused: " + e.getMessage());
        }
    }

    public Account provision(String email, String displayName, String password, Set<Role> roles) {
        InvalidInputException.throwIfAny(new NewAccount(email, displayName, password).problems());
        Account account = Account.provision(new EmailAddress(email), displayName, passwords.hash(password), roles,
                clock.instant());
        em.persist(account);
        em.flush();
        audit.record(AuditEvent.created(AuditAction.ACCOUNT_PROVISIONED, "Account", account.getId(),
                "email=" + account.getEmail() + ", roles=" + account.rolesSummary()), null, null);
        return account;
    }
}
