package org.healthengineering.portal.domain.cpd;

import org.healthengineering.portal.domain.readiness.RequirementCheck;
import org.healthengineering.portal.domain.readiness.RequirementStatus;

/**
 * Where the engineer stands today in the competency a CPD objective is for. It is judged each time it is shown and
 * never stored with the objective, so an objective planned from a gap ("not assessed yet") reads as met once the
 * engineer has assessed the competency at the level the role needs.
 *
 * @param status how far the objective's role's requirement for the competency is met; null when the objective
 *               names no role that requires it (then only the engineer's latest level is told)
 * @param words  the standing in a sentence or two, for pages, the portfolio and the API
 */
public record ObjectiveStanding(RequirementStatus status, String words) {

    /** From the role's requirement for the competency, as readiness judges it now. */
    public static ObjectiveStanding of(RequirementCheck check) {
        return new ObjectiveStanding(check.status(), "Today: " + check.status().getLabel().toLowerCase(
                java.util.Locale.ROOT) + ". " + check.reason());
    }

    /** Without a role that requires the competency: the engineer's latest level in it, if any. */
    public static ObjectiveStanding ofLatestLevel(Integer level) {
        return new ObjectiveStanding(null, level == null ? "Today: not assessed yet."
                : "Today: your latest level is " + level + ".");
    }
}
