package org.healthengineering.portal.domain.cpdaudit;

/** An assessor's part in one round of a case. */
public enum AssessorPart {
    FIRST, SECOND, MODERATOR
}
