package org.healthengineering.portal.domain.cpdaudit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a sampled registrant's case stands. Selected; the registrant responds (a profile to follow, a deferral
 * requested, not practising); a deferral is granted or refused; the profile is submitted; assessors are assigned;
 * the body records the outcome: met, more information (back to the registrant, then resubmitted), more time (a new
 * deadline), not met. Without a submission by the deadline the case becomes non-engaged; an appeal against not met
 * or non-engaged is lodged and decided.
 */
public enum CaseState {
    SELECTED("selected and waiting for the registrant's response"),
    PROFILE_TO_FOLLOW("waiting for the registrant's profile"),
    DEFERRAL_REQUESTED("waiting for a decision on a deferral"),
    DEFERRED("deferred"),
    NOT_PRACTISING("closed: the registrant is not practising"),
    SUBMITTED("submitted and waiting for assessors"),
    UNDER_ASSESSMENT("under assessment"),
    MORE_INFORMATION_REQUESTED("waiting for the more information requested"),
    MET("closed: the standards are met"),
    NOT_MET("closed: the standards are not met"),
    NON_ENGAGED("non-engaged: no profile came by the deadline"),
    APPEAL_LODGED("under appeal");

    private final String phrase;

    CaseState(String phrase) {
        this.phrase = phrase;
    }

    /** The state as a phrase for messages ("This case is under assessment"). */
    public String phrase() {
        return phrase;
    }

    /** The states in which the registrant owes a profile by the deadline. */
    public static final Set<CaseState> AWAITING_PROFILE = EnumSet.of(SELECTED, PROFILE_TO_FOLLOW,
            MORE_INFORMATION_REQUESTED);

    /** The states in which the case is with the registrant and the deadline runs. */
    public boolean awaitsProfile() {
        return AWAITING_PROFILE.contains(this);
    }

    /** The states in which nothing more happens unless someone appeals. */
    public boolean isSettled() {
        return this == DEFERRED || this == NOT_PRACTISING || this == MET || this == NOT_MET || this == NON_ENGAGED;
    }
}
