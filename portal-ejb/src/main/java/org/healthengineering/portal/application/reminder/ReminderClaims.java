package org.healthengineering.portal.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.notification.Notification;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Claims a reminder before it is sent, in the database: the {@code reminder} table's unique key (account, kind,
 * subject) lets exactly one insert win, so a job that runs again, or on several portals at once, sends nothing
 * twice. Called inside the sending transaction: if sending fails, the claim is undone with it.
 */
@ApplicationScoped
public class ReminderClaims {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Answers true when this call claimed the reminder, false when it was claimed before. */
    public boolean claim(long accountId, Notification.Kind kind, String subjectKey, LocalDate today) {
        return em.createNativeQuery("INSERT IGNORE INTO reminder (account_id, kind, subject_key, sent_on, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, accountId)
                .setParameter(2, kind.name())
                .setParameter(3, subjectKey)
                .setParameter(4, java.sql.Date.valueOf(today))
                .setParameter(5, InstantConverter.utc(clock.instant()))
                .executeUpdate() == 1;
    }
}
