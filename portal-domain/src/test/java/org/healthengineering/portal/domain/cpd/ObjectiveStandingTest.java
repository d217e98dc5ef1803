package org.healthengineering.portal.domain.cpd;

import org.healthengineering.portal.domain.readiness.EngineerFacts;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.readiness.RequirementCheck;
import org.healthengineering.portal.domain.readiness.RequirementStatus;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.RoleProfile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ObjectiveStandingTest {

    /** The role's requirement for competency 10 (level 3), judged with the engineer's levels of the day. */
    private static RequirementCheck judged(Map<Long, Integer> levels) {
        RoleProfile role = new RoleProfile("CE", "Clinical Engineer", "Summary", 0, 3, null);
        role.requireCompetencies(List.of(new CompetencyRequirement(10, 3)));
        return ReadinessCalculator.assess(role, new EngineerFacts(null, Map.of(), levels, Map.of()), id -> "",
                id -> new ReadinessCalculator.CompetencyName("TECH.2", "Maintain equipment", "Core 1.0"))
                .checks().get(0);
    }

    @Test
    void theStandingFollowsTheAssessmentOfTheDayNotTheDayTheObjectiveWasPlanned() {
        assertEquals(new ObjectiveStanding(RequirementStatus.NOT_MET, "Today: not met. Not assessed yet."),
                ObjectiveStanding.of(judged(Map.of())));
        assertEquals(new ObjectiveStanding(RequirementStatus.PARTLY_MET, "Today: partly met. Level 2 of 3."),
                ObjectiveStanding.of(judged(Map.of(10L, 2))));
        assertEquals(new ObjectiveStanding(RequirementStatus.MET, "Today: met. Level 3 of 3."),
                ObjectiveStanding.of(judged(Map.of(10L, 3))));
        assertEquals("Today: met. Level 4, above the 3 required.",
                ObjectiveStanding.of(judged(Map.of(10L, 4))).words());
    }

    @Test
    void withoutARoleOnlyTheLatestLevelIsTold() {
        assertEquals("Today: not assessed yet.", ObjectiveStanding.ofLatestLevel(null).words());
        assertEquals("Today: your latest level is 3.", ObjectiveStanding.ofLatestLevel(3).words());
        assertNull(ObjectiveStanding.ofLatestLevel(3).status());
    }
}
