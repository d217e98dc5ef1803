package org.healthengineering.portal.application.audit;

import org.healthengineering.portal.domain.audit.AuditAction;

import java.time.LocalDate;

/**
 * Filters for reading the audit trail; every part is optional.
 *
 * @param action      only this action
 * @param actorEmail  actor's email contains this text
 * @param subjectType only entries about this kind of thing
 * @param from        on or after this day
 * @param to          on or before this day
 */
public record AuditQuery(AuditAction action, String actorEmail, String subjectType, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
