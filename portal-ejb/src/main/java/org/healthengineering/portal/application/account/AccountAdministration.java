package org.healthengineering.portal.application.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.PageRequest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A system administrator lists accounts and decides who holds which role. The portal never lets the last
 * system administrator lose that role, so it cannot be locked out of its own administration.
 */
@Stateless
public class AccountAdministration {

    private static final Map<String, String> SORTABLE = Map.of(
            "email", "a.email", "displayName", "a.displayName", "createdAt", "a.createdAt");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    /** Accounts whose email or name contains {@code text} (all when blank), ordered as asked, email by default. */
    public Page<Account> accounts(String text, PageRequest page) {
        caller.check(Permissions.ACCOUNT_MANAGE);
        boolean filtered = text != null && !text.isBlank();
        String where = filtered ? " WHERE LOWER(a.email) LIKE :text OR LOWER(a.displayName) LIKE :text" : "";
        String sortColumn = page.sortField() == null ? null : SORTABLE.get(page.sortField());
        String order = (sortColumn == null ? "a.email" : sortColumn) + (page.ascending() ? " ASC" : " DESC");
        TypedQuery<Account> select = em.createQuery(
                "SELECT a FROM Account a" + where + " ORDER BY " + order + ", a.id", Account.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
        if (filtered) {
            String pattern = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
            select.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        return new Page<>(select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    public Account getAccount(long id) {
        caller.check(Permissions.ACCOUNT_MANAGE);
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        return account;
    }

    public Account assignRoles(long accountId, Set<Role> roles) {
        caller.check(Permissions.ACCOUNT_MANAGE);
        Account account = getAccount(accountId);
        if (account.holds(Role.SYSTEM_ADMIN) && !roles.contains(Role.SYSTEM_ADMIN)
                && em.createNamedQuery(Account.HOLDING_ROLE, Long.class)
                .setParameter("role", Role.SYSTEM_ADMIN).getSingleResult() <= 1) {
            throw new ConflictException("roles",
                    "This is the last system administrator; grant the role to someone else first.");
        }
        String before = account.rolesSummary();
        if (account.assignRoles(roles)) {
            audit.fire(new AuditEvent(AuditAction.ROLES_CHANGED, "Account", account.getId(),
                    "roles=" + before, "roles=" + account.rolesSummary()));
        }
        return account;
    }
}
