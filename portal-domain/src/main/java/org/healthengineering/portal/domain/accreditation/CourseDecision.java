package org.healthengineering.portal.domain.accreditation;

/** What a body decides about a course under review, and what a reviewer recommends. */
public enum CourseDecision {
    APPROVED, APPROVED_WITH_CONDITIONS, RESUBMIT, REFUSED;

    /** The status a course takes on this decision. */
    public CourseStatus status() {
        return switch (this) {
            case APPROVED -> CourseStatus.APPROVED;
            case APPROVED_WITH_CONDITIONS -> CourseStatus.APPROVED_WITH_CONDITIONS;
            case RESUBMIT -> CourseStatus.RESUBMIT;
            case REFUSED -> CourseStatus.REFUSED;
        };
    }

    public boolean approves() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
