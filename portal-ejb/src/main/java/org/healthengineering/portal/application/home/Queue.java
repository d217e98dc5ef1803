package org.healthengineering.portal.application.home;

import org.healthengineering.portal.domain.account.Permissions;

/**
 * Work that waits for professional bodies' administrators and assessors, counted on their home pages. A queue is
 * opened on its page by whoever holds its permission; others see the count only. Queues that arrive with new
 * capabilities (course accreditation requests, CPD audit samples) join here with their permission and page, and
 * {@link Homes} counts them.
 */
public enum Queue {
    /** Competencies whose verifiers are more than one level apart; assessors settle them. */
    VERIFICATION_DISPUTES(Permissions.COMPETENCE_VERIFY, "/mentoring/disputes"),
    /** Qualifications engineers recorded that nobody has verified yet (the verifier's own are not counted). */
    QUALIFICATIONS_TO_VERIFY(Permissions.QUALIFICATION_VERIFY, "/competence/qualifications"),
    /** Frameworks still in draft: to finish and publish, or to drop. */
    DRAFT_FRAMEWORKS(Permissions.FRAMEWORK_EDIT, "/frameworks/index"),
    /** Courses waiting for the body: submitted, under review, with conditions open or an appeal waiting. */
    ACCREDITATION_QUEUE(Permissions.ACCREDITATION_MANAGE, "/accreditation/index"),
    /** Courses the caller is asked to review and has not yet reviewed. */
    COURSES_TO_REVIEW(Permissions.ACCREDITATION_REVIEW, "/accreditation/index"),
    /** The caller's provider's courses still to submit: drafts, and those sent back for resubmission. */
    COURSES_TO_SUBMIT(Permissions.PROVIDER_WORK, "/accreditation/index"),
    /** The caller's provider's courses approved with conditions not yet signed off. */
    COURSE_CONDITIONS(Permissions.PROVIDER_WORK, "/accreditation/index"),
    /**
     * CPD audit cases waiting for the body: a deferral to decide, a profile submitted without assessors, an appeal,
     * or every grade of the round in (an outcome to record, or a moderator to name).
     */
    AUDIT_CASES_FOR_BODY(Permissions.CPD_AUDIT_MANAGE, "/cpd-audit/index"),
    /** CPD audit profiles under assessment that the caller is assigned to grade (or moderate) and has not yet. */
    AUDIT_CASES_TO_ASSESS(Permissions.CPD_AUDIT_ASSESS, "/cpd-audit/index");

    private final String permission;
    private final String outcome;

    Queue(String permission, String outcome) {
        this.permission = permission;
        this.outcome = outcome;
    }

    /** Who may open the queue's page. */
    public String getPermission() {
        return permission;
    }

    /** The page that works through the queue. */
    public String getOutcome() {
        return outcome;
    }
}
