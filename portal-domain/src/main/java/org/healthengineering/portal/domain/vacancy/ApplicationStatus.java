package org.healthengineering.portal.domain.vacancy;

import java.util.Set;

/** Where an application to a vacancy stands, from the applicant's submission to the appointment. */
public enum ApplicationStatus {
    SUBMITTED("submitted"),
    WITHDRAWN("withdrawn by the applicant"),
    SHORTLISTED("shortlisted"),
    NOT_SHORTLISTED("not shortlisted"),
    INTERVIEWED("interviewed"),
    OFFERED("offered the post"),
    APPOINTED("appointed"),
    NOT_APPOINTED("not appointed");

    private final String phrase;

    ApplicationStatus(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    /** The statuses an application moves to from this one by the hospital's decision after shortlisting. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SHORTLISTED -> Set.of(INTERVIEWED, NOT_APPOINTED);
            case INTERVIEWED -> Set.of(OFFERED, NOT_APPOINTED);
            case OFFERED -> Set.of(APPOINTED, NOT_APPOINTED);
            default -> Set.of();
        };
    }

    /** Whether nothing more happens to the application. */
    public boolean isFinal() {
        return this == WITHDRAWN || this == NOT_SHORTLISTED || this == APPOINTED || this == NOT_APPOINTED;
    }
}
