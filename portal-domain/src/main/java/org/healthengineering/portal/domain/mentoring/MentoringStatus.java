package org.healthengineering.portal.domain.mentoring;

/** Where a mentoring relationship stands. */
public enum MentoringStatus {
    REQUESTED, ACTIVE, DECLINED, CLOSED
}
