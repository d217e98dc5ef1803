package org.healthengineering.portal.domain.eligibility;

/**
 * What the {@link EligibilityEngine} found for one criterion. Only a record someone other than the engineer has
 * verified makes {@link #MET_VERIFIED}: a verified qualification, or a competency level verified by a mentor or an
 * assessor. Registrations, experience, CPD logs and readiness figures rest on what the engineer entered, so at best
 * they are {@link #MET_OWN_WORD}.
 */
public enum FindingOutcome {
    /** Met, and what proves it was verified by someone other than the engineer. */
    MET_VERIFIED("Met and verified"),
    /** Met only on the engineer's own word. */
    MET_OWN_WORD("Met on your own word"),
    /** Not met on what the portal knows. */
    NOT_MET("Not met"),
    /** For a person to judge; the engine never decides it. */
    TO_JUDGE("For a person to judge");

    private final String label;

    FindingOutcome(String label) {
        this.label = label;
    }

    /** The outcome as people read it. */
    public String getLabel() {
        return label;
    }

    /** Whether the criterion is met, verified or on the engineer's word. */
    public boolean met() {
        return this == MET_VERIFIED || this == MET_OWN_WORD;
    }
}
