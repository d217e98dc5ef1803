package org.healthengineering.portal.domain.accreditation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a course stands in its accreditation. A draft is the provider's to change; once submitted it is frozen,
 * and a change after a decision goes back to review as a change notice. Only the moves listed are possible.
 */
public enum CourseStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, APPROVED_WITH_CONDITIONS, RESUBMIT, REFUSED, WITHDRAWN, EXPIRED;

    private static final Map<CourseStatus, Set<CourseStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(UNDER_REVIEW, DRAFT),
            UNDER_REVIEW, EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, RESUBMIT, REFUSED),
            APPROVED, EnumSet.of(UNDER_REVIEW, WITHDRAWN, EXPIRED),
            APPROVED_WITH_CONDITIONS, EnumSet.of(APPROVED, UNDER_REVIEW, WITHDRAWN, EXPIRED),
            RESUBMIT, EnumSet.of(SUBMITTED),
            REFUSED, EnumSet.of(UNDER_REVIEW),
            WITHDRAWN, EnumSet.noneOf(CourseStatus.class),
            EXPIRED, EnumSet.noneOf(CourseStatus.class));

    /** Whether a course in this status may move to {@code next}. */
    public boolean mayBecome(CourseStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the provider may still change the course's content (a draft, or one sent back for resubmission). */
    public boolean editableByProvider() {
        return this == DRAFT || this == RESUBMIT;
    }

    /** Whether completions of the course count as accredited CPD while it is in this status. */
    public boolean accredited() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
