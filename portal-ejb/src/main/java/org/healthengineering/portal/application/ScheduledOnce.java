package org.healthengineering.portal.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.shared.InstantConverter;

import java.lang.management.ManagementFactory;
import java.time.Clock;

/**
 * Lets a timer's work run on one node of a cluster: each node's timer fires, each asks to claim the run's slot, and
 * the database lets one of them record it (the others wait for that insert, then find the slot taken). A run that
 * failed part-way is not repeated within its slot; its work is written to catch up at the next one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledOnce {

    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this node won {@code job}'s run for {@code slot} (a day such as 2026-12-01, or an hour). */
    public boolean claim(String job, String slot) {
        return em.createNativeQuery("INSERT IGNORE INTO scheduled_run (job, slot, node, started_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, slot)
                .setParameter(3, NODE.length() > 100 ? NODE.substring(0, 100) : NODE)
                .setParameter(4, InstantConverter.utc(clock.instant()))
                .executeUpdate() == 1;
    }
}
