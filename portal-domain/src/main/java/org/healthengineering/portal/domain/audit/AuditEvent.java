package org.healthengineering.portal.domain.audit;

import java.util.Objects;

/**
 * Something a service did that the audit trail must record. Services fire it as a CDI event; a synchronous
 * observer writes the {@link AuditEntry} inside the same transaction.
 *
 * @param action      what happened
 * @param subjectType the kind of thing it happened to (e.g. {@code Account}, {@code CpdActivity})
 * @param subjectId   which one, or {@code null}
 * @param before      a short summary of the state before, or {@code null} for a creation
 * @param after       a short summary of the state after, or {@code null} for a deletion
 */
public record AuditEvent(AuditAction action, String subjectType, Object subjectId, String before, String after) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
    }

    public static AuditEvent created(AuditAction action, String subjectType, Object subjectId, String after) {
        return new AuditEvent(action, subjectType, subjectId, null, after);
    }
}
