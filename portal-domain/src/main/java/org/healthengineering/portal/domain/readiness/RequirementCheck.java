package org.healthengineering.portal.domain.readiness;

/**
 * One requirement of a role, judged.
 *
 * @param kind        QUALIFICATION, COMPETENCY or EXPERIENCE
 * @param requirement what the role asks, in words
 * @param status      met, partly met or not met
 * @param reason      why, in words (which qualification is missing or expired, which level was reached, …)
 * @param score       from 0 (not met) to 1 (met), used for the overall figure
 * @param competencyId the competency, for COMPETENCY checks; otherwise {@code null}
 */
public record RequirementCheck(String kind, String requirement, RequirementStatus status, String reason,
                               double score, Long competencyId) {
}
