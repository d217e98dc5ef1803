package org.healthengineering.portal.application.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accounts named by email for an organisation's members (a hospital's administrators, a training provider's
 * staff): each must exist and hold the role. Called by the services that assign members, after their own
 * permission check; it checks none itself.
 */
@Stateless
public class RoleHolders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The ids of the accounts named; a problem on {@code field} for each email that is unknown or lacks the role. */
    public Set<Long> holders(List<String> emails, Role role, String field, List<FieldProblem> problems) {
        Set<Long> ids = new HashSet<>();
        for (String email : emails == null ? List.<String>of() : emails) {
            Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", EmailAddress.normalise(email)).getResultStream().findFirst().orElse(null);
            if (account == null) {
                problems.add(new FieldProblem(field, "No account has the email " + email + "."));
            } else if (!account.holds(role)) {
                problems.add(new FieldProblem(field, email + " does not hold the role " + role.getLabel() + "."));
            } else {
                ids.add(account.getId());
            }
        }
        return ids;
    }

    /**
     * The ids of the accounts named, in order, each holding a role that grants {@code permission}; a problem on
     * {@code field} for each email that is unknown or lacks it ({@code who} says in words who may be named).
     */
    public List<Long> withPermission(List<String> emails, String permission, String who, String field,
                                     List<FieldProblem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String email : emails == null ? List.<String>of() : emails) {
            Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", EmailAddress.normalise(email)).getResultStream().findFirst().orElse(null);
            if (account == null) {
                problems.add(new FieldProblem(field, "No account has the email " + email + "."));
            } else if (!account.permissions().contains(permission)) {
                problems.add(new FieldProblem(field, email + " is not " + who + "."));
            } else {
                ids.add(account.getId());
            }
        }
        return ids;
    }

    /** Every confirmed account holding the role (to tell them something). */
    public List<Long> allHolding(Role role) {
        return em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.roles r WHERE r = :role"
                + " AND a.emailConfirmedAt IS NOT NULL ORDER BY a.id", Long.class).setParameter("role", role)
                .getResultList();
    }
}
