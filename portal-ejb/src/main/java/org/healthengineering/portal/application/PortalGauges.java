package org.healthengineering.portal.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.healthengineering.portal.domain.notification.OutboxMail;

/**
 * What {@code /metrics} reads from the database when it is scraped, one query each, -1 while the database cannot be
 * reached:
 * <ul>
 *     <li>{@code portal.mail.waiting} (mails the SMTP server has not yet accepted) and {@code portal.mail.given.up}:
 *     an operator alerts on waiting mail that grows, or on any mail given up;</li>
 *     <li>{@code portal.db.connections} with {@code state} busy or idle: the connections the portal's database user
 *     holds, from every node, as the database counts them (the pool's use, seen from where it is limited);</li>
 *     <li>{@code portal.benchmark.statistics.lag.seconds}: how long the oldest change has waited to reach the kept
 *     peer statistics, which any node recomputes within seconds of a change.</li>
 * </ul>
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortalGauges {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MetricRegistry registry;

    @PostConstruct
    void register() {
        registry.gauge(described("portal.mail.waiting", "Mails in the outbox not yet accepted by the SMTP server"),
                () -> count(OutboxMail.State.PENDING));
        registry.gauge(described("portal.mail.given.up", "Mails given up after a day of failed tries"),
                () -> count(OutboxMail.State.GIVEN_UP));
        registry.gauge(described("portal.benchmark.statistics.lag.seconds", "Seconds since the oldest change not yet"
                + " in the kept peer statistics (0 when they are current)"), this::statisticsLag);
        Metadata connections = described("portal.db.connections",
                "Database connections held by the portal's user on every node, busy or idle");
        registry.gauge(connections, () -> connections(true), new Tag("state", "busy"));
        registry.gauge(connections, () -> connections(false), new Tag("state", "idle"));
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private long connections(boolean busy) {
        try {
            return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                            + " WHERE USER = SUBSTRING_INDEX(CURRENT_USER(), '@', 1) AND (COMMAND = 'Sleep') = ?")
                    .setParameter(1, !busy).getSingleResult()).longValue();
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                return -1;
            }
            throw e;
        }
    }

    private long statisticsLag() {
        try {
            Object oldest = em.createNativeQuery("SELECT MIN(marked_at) FROM benchmark_stale").getSingleResult();
            if (oldest == null) {
                return 0;
            }
            java.time.LocalDateTime utc = oldest instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                    : (java.time.LocalDateTime) oldest;
            return Math.max(0, java.time.Duration.between(utc.toInstant(java.time.ZoneOffset.UTC),
                    java.time.Instant.now()).toSeconds());
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                return -1;
            }
            throw e;
        }
    }

    private long count(OutboxMail.State state) {
        try {
            return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.state = :state", Long.class)
                    .setParameter("state", state).getSingleResult();
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                return -1;
            }
            throw e;
        }
    }
}
