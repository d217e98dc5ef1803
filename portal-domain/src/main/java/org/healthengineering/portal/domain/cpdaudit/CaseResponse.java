package org.healthengineering.portal.domain.cpdaudit;

/** What a sampled registrant answers: a profile will follow, a deferral is asked for (with a reason), or not practising. */
public enum CaseResponse {
    PROFILE_TO_FOLLOW, DEFERRAL_REQUESTED, NOT_PRACTISING
}
