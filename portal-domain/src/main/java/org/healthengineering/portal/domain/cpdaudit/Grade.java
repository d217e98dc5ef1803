package org.healthengineering.portal.domain.cpdaudit;

/** An assessor's judgement of one standard in a CPD profile. */
public enum Grade {
    MET, PARTLY_MET, NOT_MET
}
