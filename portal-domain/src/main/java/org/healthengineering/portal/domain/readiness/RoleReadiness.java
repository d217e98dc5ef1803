package org.healthengineering.portal.domain.readiness;

import java.util.List;

/**
 * An engineer's readiness for one role.
 *
 * @param roleCode  the role profile's code
 * @param roleTitle its title
 * @param percent   the overall figure: the average of the requirements' scores, as a whole percentage
 *                  ({@link ReadinessCalculator#FORMULA})
 * @param checks    every requirement, judged
 */
public record RoleReadiness(String roleCode, String roleTitle, int percent, List<RequirementCheck> checks) {

    public RoleReadiness {
        checks = List.copyOf(checks);
    }

    /** The requirements not yet (fully) met: what would close the gap. */
    public List<RequirementCheck> gaps() {
        return checks.stream().filter(c -> c.status() != RequirementStatus.MET).toList();
    }

    public long metCount() {
        return checks.stream().filter(c -> c.status() == RequirementStatus.MET).count();
    }
}
