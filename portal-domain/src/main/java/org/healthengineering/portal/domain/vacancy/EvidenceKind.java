package org.healthengineering.portal.domain.vacancy;

/** The kinds of the applicant's own records an application may point to as evidence. */
public enum EvidenceKind {
    HELD_QUALIFICATION, ASSESSMENT, CPD_ACTIVITY, EVIDENCE_FILE
}
