package org.healthengineering.portal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.Subject;
import org.healthengineering.portal.application.security.AccountPrincipal;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEntry;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Deployed with the in-container tests: reads the database directly (to check what services did) and runs
 * code as a given account, the way Shiro would after that account signed in.
 */
@ApplicationScoped
public class Probe {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public <T> T as(Account account, Callable<T> work) {
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(new AccountPrincipal(account.getId(), account.getEmail()),
                        "accounts"))
                .authenticated(true)
                .buildSubject();
        return run(subject, work);
    }

    /** Runs work as the subject, letting its exceptions through as themselves (Shiro wraps them). */
    private static <T> T run(Subject subject, Callable<T> work) {
        try {
            return subject.execute(work);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    public void as(Account account, Runnable work) {
        as(account, () -> {
            work.run();
            return null;
        });
    }

    public <T> T anonymously(Callable<T> work) {
        return run(new Subject.Builder(SecurityUtils.getSecurityManager()).buildSubject(), work);
    }

    public List<AuditEntry> audit(AuditAction action, Object subjectId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.action = :action AND e.subjectId = :id",
                        AuditEntry.class)
                .setParameter("action", action)
                .setParameter("id", String.valueOf(subjectId))
                .getResultList();
    }

    public Account accountByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    public <T> T find(Class<T> type, Object id) {
        return em.find(type, id);
    }
}
