package org.healthengineering.portal.application.cpd;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdTotals;
import org.healthengineering.portal.domain.cpd.DateRange;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.PageRequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An engineer's CPD record. Every method works on the caller's own activities: another engineer's activity is
 * reported as not found, exactly like one that does not exist.
 */
@Stateless
public class CpdLog {

    private static final String SUBJECT = "CpdActivity";
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title",
            "type", "a.type",
            "startDate", "a.period.start",
            "endDate", "a.period.end",
            "hours", "a.hours.value");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public CpdActivity logActivity(ActivityDetails details) {
        caller.check(Permissions.CPD_LOG);
        CpdActivity activity = CpdActivity.log(caller.accountId(), details, LocalDate.now(clock), clock.instant());
        em.persist(activity);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.CPD_ACTIVITY_LOGGED, SUBJECT, activity.getId(),
                activity.auditSummary()));
        return activity;
    }

    public CpdActivity reviseActivity(long id, ActivityDetails details) {
        caller.check(Permissions.CPD_LOG);
        CpdActivity activity = getActivity(id);
        String before = activity.auditSummary();
        activity.revise(details, LocalDate.now(clock), clock.instant());
        audit.fire(new AuditEvent(AuditAction.CPD_ACTIVITY_REVISED, SUBJECT, id, before, activity.auditSummary()));
        return activity;
    }

    public void deleteActivity(long id) {
        caller.check(Permissions.CPD_LOG);
        CpdActivity activity = getActivity(id);
        em.remove(activity);
        audit.fire(new AuditEvent(AuditAction.CPD_ACTIVITY_DELETED, SUBJECT, id, activity.auditSummary(), null));
    }

    /** One of the caller's activities; {@link NotFoundException} for anyone else's. */
    public CpdActivity getActivity(long id) {
        caller.check(Permissions.CPD_LOG);
        CpdActivity activity = em.find(CpdActivity.class, id);
        if (activity == null || !activity.isOwnedBy(caller.accountId())) {
            throw new NotFoundException("CPD activity", id);
        }
        return activity;
    }

    /** The caller's activities, newest (by end date) first unless another order is asked for. */
    public Page<CpdActivity> activities(CpdQuery query, PageRequest page) {
        caller.check(Permissions.CPD_LOG);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        String sort = page.sortField() == null ? null : SORTABLE.get(page.sortField());
        String order = sort == null
                ? "a.period.end DESC, a.id DESC"
                : sort + (page.ascending() ? " ASC" : " DESC") + ", a.id DESC";
        TypedQuery<CpdActivity> select = em.createQuery(
                "SELECT a FROM CpdActivity a" + where + " ORDER BY " + order, CpdActivity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM CpdActivity a" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    /** How many of the caller's activities match, in one statement (a table's row count before its page). */
    public long count(CpdQuery query) {
        caller.check(Permissions.CPD_LOG);
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM CpdActivity a" + where(query, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The titles of those of the caller's activities among {@code ids}, newest first, by id, in one statement. */
    public Map<Long, String> titles(java.util.Collection<Long> ids) {
        caller.check(Permissions.CPD_LOG);
        Map<Long, String> titles = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.title FROM CpdActivity a WHERE a.ownerId = :owner AND a.id IN :ids"
                            + " ORDER BY a.period.end DESC, a.id DESC", Object[].class)
                    .setParameter("owner", caller.accountId()).setParameter("ids", ids).getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }

    private String where(CpdQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE a.ownerId = :owner");
        parameters.put("owner", caller.accountId());
        if (query.titleContains() != null && !query.titleContains().isBlank()) {
            where.append(" AND LOWER(a.title) LIKE :title");
            parameters.put("title", "%" + query.titleContains().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.type() != null) {
            where.append(" AND a.type = :type");
            parameters.put("type", query.type());
        }
        if (query.endingFrom() != null) {
            where.append(" AND a.period.end >= :from");
            parameters.put("from", query.endingFrom());
        }
        if (query.endingTo() != null) {
            where.append(" AND a.period.end <= :to");
            parameters.put("to", query.endingTo());
        }
        return where.toString();
    }

    /** Hours this calendar year and over the last twelve months (see {@link CpdTotals} for the rule). */
    public CpdTotals totals() {
        caller.check(Permissions.CPD_LOG);
        LocalDate today = LocalDate.now(clock);
        return new CpdTotals(hoursEnding(CpdTotals.currentYear(today)), hoursEnding(CpdTotals.last12Months(today)));
    }

    private BigDecimal hoursEnding(DateRange range) {
        BigDecimal sum = em.createQuery("SELECT SUM(a.hours.value) FROM CpdActivity a"
                        + " WHERE a.ownerId = :owner AND a.period.end BETWEEN :start AND :end", BigDecimal.class)
                .setParameter("owner", caller.accountId())
                .setParameter("start", range.getStart())
                .setParameter("end", range.getEnd())
                .getSingleResult();
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2);
    }
}
