package org.healthengineering.portal.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditEntry;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.PageRequest;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A system administrator reads the audit trail, newest first, filtered. There is no way to change it. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Page<AuditEntry> entries(AuditQuery query, PageRequest page) {
        caller.check(Permissions.AUDIT_READ);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.action() != null) {
            where.append(" AND e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.actorEmail() != null && !query.actorEmail().isBlank()) {
            where.append(" AND LOWER(e.actorEmail) LIKE :actor");
            parameters.put("actor", "%" + query.actorEmail().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" AND e.subjectType = :subjectType");
            parameters.put("subjectType", query.subjectType().trim());
        }
        ZoneId zone = clock.getZone();
        if (query.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(zone).toInstant());
        }
        if (query.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        TypedQuery<AuditEntry> select = em.createQuery(
                "SELECT e FROM AuditEntry e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }
}
