package org.healthengineering.portal.domain.readiness;

import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.qualification.HeldStatus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What readiness is judged on, loaded once for all roles.
 *
 * @param yearsExperience  from the engineer's profile, or {@code null} if not recorded
 * @param qualifications   the best status of each qualification held, by qualification id
 * @param levels           the engineer's current level in each competency assessed, by competency id
 * @param exactMatches     for each competency, the competencies of other frameworks mapped to it as exact
 *                         matches (in either direction)
 * @param verifiedLevels   the latest level a mentor or assessor verified in each competency, by competency id
 * @param rollUpRules      the roll-up rules of the frameworks of the competencies required (and of their
 *                         equivalents), by parent competency id: a ruled parent is also reached through its children
 * @param children         the children of each ruled parent, by parent id
 */
public record EngineerFacts(Integer yearsExperience, Map<Long, HeldStatus> qualifications, Map<Long, Integer> levels,
                            Map<Long, Set<Long>> exactMatches, Map<Long, Integer> verifiedLevels,
                            Map<Long, RollUpRule> rollUpRules, Map<Long, List<Long>> children) {

    public EngineerFacts {
        rollUpRules = rollUpRules == null ? Map.of() : Map.copyOf(rollUpRules);
        children = children == null ? Map.of() : Map.copyOf(children);
    }

    /** Facts without roll-up rules. */
    public EngineerFacts(Integer yearsExperience, Map<Long, HeldStatus> qualifications, Map<Long, Integer> levels,
                         Map<Long, Set<Long>> exactMatches, Map<Long, Integer> verifiedLevels) {
        this(yearsExperience, qualifications, levels, exactMatches, verifiedLevels, Map.of(), Map.of());
    }

    /** Facts without any verified level. */
    public EngineerFacts(Integer yearsExperience, Map<Long, HeldStatus> qualifications, Map<Long, Integer> levels,
                         Map<Long, Set<Long>> exactMatches) {
        this(yearsExperience, qualifications, levels, exactMatches, Map.of());
    }
}
