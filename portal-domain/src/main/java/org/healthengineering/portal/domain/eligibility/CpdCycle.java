package org.healthengineering.portal.domain.eligibility;

/** Which of a body's CPD cycles a {@link CriterionKind#CPD_COMPLIANCE} criterion looks at. */
public enum CpdCycle {
    /** The cycle that contains the day judged. */
    CURRENT("current cycle"),
    /** The cycle that ended just before the current one began. */
    PREVIOUS("previous cycle");

    private final String words;

    CpdCycle(String words) {
        this.words = words;
    }

    /** "current cycle" or "previous cycle", to be put in a sentence. */
    public String words() {
        return words;
    }
}
