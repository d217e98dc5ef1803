package org.healthengineering.portal.domain.recognition;

/**
 * Where an award stands on a given day, as the public register shows it: current, lapsed (its validity has run
 * out without renewal) or removed from the register by the body.
 */
public enum AwardStatus {
    CURRENT("Current"),
    LAPSED("Lapsed"),
    REMOVED("Removed by the body");

    private final String label;

    AwardStatus(String label) {
        this.label = label;
    }

    /** The status as people read it. */
    public String getLabel() {
        return label;
    }
}
