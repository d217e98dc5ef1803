package org.healthengineering.portal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.AccountPrincipal;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.audit.AuditEntry;
import org.healthengineering.portal.domain.audit.AuditEvent;

import java.time.Clock;

/**
 * Turns audit events into audit entries. The observer is synchronous and uses the caller's transactional
 * persistence context, so the entry commits with the change it describes, or rolls back with it.
 */
@ApplicationScoped
public class AuditRecorder {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    void on(@Observes AuditEvent event) {
        AccountPrincipal actor = caller.principal().orElse(null);
        record(event, actor == null ? null : actor.accountId(), actor == null ? null : actor.email());
    }

    /** Records an event whose actor is not (or not yet) the signed-in caller, e.g. a sign-in attempt. */
    public void record(AuditEvent event, Long actorId, String actorEmail) {
        String email = actorEmail == null || actorEmail.length() <= 254 ? actorEmail : actorEmail.substring(0, 254);
        em.persist(new AuditEntry(event, actorId, email, clock.instant()));
    }
}
