package org.healthengineering.portal.domain.readiness;

/** How far one requirement of a role is met. */
public enum RequirementStatus {
    MET, PARTLY_MET, NOT_MET;

    static RequirementStatus of(double score) {
        return score >= 1.0 ? MET : score > 0 ? PARTLY_MET : NOT_MET;
    }
}
