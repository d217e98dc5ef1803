package org.healthengineering.portal.domain.accreditation;

/** A body's decision on an appeal against a refusal: upheld (the course is reviewed again) or dismissed. */
public enum AppealOutcome {
    UPHELD, DISMISSED
}
