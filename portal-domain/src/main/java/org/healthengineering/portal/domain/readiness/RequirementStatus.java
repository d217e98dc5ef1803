package org.healthengineering.portal.domain.readiness;

/** How far one requirement of a role is met. */
public enum RequirementStatus {
    MET("Met"), PARTLY_MET("Partly met"), NOT_MET("Not met");

    private final String label;

    RequirementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    static RequirementStatus of(double score) {
        return score >= 1.0 ? MET : score > 0 ? PARTLY_MET : NOT_MET;
    }
}
