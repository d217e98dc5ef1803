package org.healthengineering.portal.domain.eligibility;

/** What a {@link Criterion} asks of an engineer. */
public enum CriterionKind {
    /** A qualification of the catalogue, held and unexpired (verified, if the criterion says so). */
    QUALIFICATION("Qualification"),
    /** A registration with a professional body, active on the day judged. */
    REGISTRATION("Registration with a professional body"),
    /** A competency at a minimum level (verified by a mentor or an assessor, if the criterion says so). */
    COMPETENCY("Competency"),
    /** A minimum number of years of experience, from the engineer's profile. */
    EXPERIENCE("Experience"),
    /** A body's CPD requirements met in the current or the previous cycle. */
    CPD_COMPLIANCE("CPD compliance"),
    /** Readiness for a role profile at or above a percentage. */
    READINESS("Readiness for a role"),
    /** Anything else, in words: a person judges it, never the engine. */
    FREE_TEXT("Judged by a person");

    private final String label;

    CriterionKind(String label) {
        this.label = label;
    }

    /** The kind as people read it. */
    public String getLabel() {
        return label;
    }
}
