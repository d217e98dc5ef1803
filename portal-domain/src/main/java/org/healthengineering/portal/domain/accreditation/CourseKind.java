package org.healthengineering.portal.domain.accreditation;

/** What a provider submits for accreditation; a programme is reviewed by two reviewers, the others by one. */
public enum CourseKind {
    EVENT, COURSE, E_LEARNING, PROGRAMME;

    /** How many reviewers judge a submission of this kind. */
    public int reviewersNeeded() {
        return this == PROGRAMME ? 2 : 1;
    }
}
