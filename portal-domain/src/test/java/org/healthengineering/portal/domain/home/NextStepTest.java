package org.healthengineering.portal.domain.home;

import org.healthengineering.portal.domain.readiness.RequirementCheck;
import org.healthengineering.portal.domain.readiness.RequirementStatus;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NextStepTest {

    private static RequirementCheck qualification(String what, double score) {
        return new RequirementCheck("QUALIFICATION", what, status(score), "", score, null);
    }

    private static RequirementCheck competency(long id, double score) {
        return new RequirementCheck("COMPETENCY", "C" + id, status(score), "", score, id);
    }

    private static RequirementCheck experience(double score) {
        return new RequirementCheck("EXPERIENCE", "5 years of relevant experience", status(score), "", score, null);
    }

    private static RequirementStatus status(double score) {
        return score >= 1 ? RequirementStatus.MET : score > 0 ? RequirementStatus.PARTLY_MET : RequirementStatus.NOT_MET;
    }

    private static RoleReadiness role(RequirementCheck... checks) {
        return new RoleReadiness("R", "Role", 0, List.of(checks));
    }

    private static List<NextStep.Kind> kinds(List<NextStep> steps) {
        return steps.stream().map(NextStep::kind).toList();
    }

    /**
     * Six requirements: CEng (not held), competency 10 (not assessed), 11 (half way), 12 and 13 to be verified
     * (none, and half way), experience (nothing recorded). Each adds (1 − score) ÷ 6 once met.
     */
    private static RoleReadiness sixRequirements() {
        return role(qualification("CEng", 0), competency(10, 0), competency(11, 0.5), competency(12, 0),
                competency(13, 0.5), experience(0));
    }

    @Test
    void theCompetenciesToVerifyMakeOneStepWorthTheirGainsTogetherAndTiesGoToTheQuickerStep() {
        List<NextStep> steps = NextStep.rank(sixRequirements(), Set.of(12L, 13L), false, NextStep.SHOWN);
        // Verification: (1 + 0.5) ÷ 6 = 25 points; then three steps worth 1 ÷ 6 ≈ 17 points each, of which
        // assessing and recording experience are quicker than adding a qualification.
        assertEquals(List.of(NextStep.Kind.FIND_MENTOR, NextStep.Kind.ASSESS_COMPETENCY,
                NextStep.Kind.RECORD_EXPERIENCE), kinds(steps));
        assertEquals(List.of("C12", "C13"), steps.get(0).requirements());
        assertEquals(0.25, steps.get(0).gain(), 1e-12);
        assertEquals(25, steps.get(0).gainPoints());
        assertEquals(17, steps.get(1).gainPoints());
        assertEquals(10L, steps.get(1).competencyId());
        assertNull(steps.get(0).competencyId());
    }

    @Test
    void experienceOnTheProfileButShortHasNoStepOnlyTimeClosesIt() {
        List<NextStep> steps = NextStep.rank(sixRequirements(), Set.of(12L, 13L), true, 10);
        assertEquals(List.of(NextStep.Kind.FIND_MENTOR, NextStep.Kind.ASSESS_COMPETENCY,
                NextStep.Kind.ADD_QUALIFICATION, NextStep.Kind.PLAN_OBJECTIVE), kinds(steps));
        NextStep plan = steps.get(3);
        assertEquals(11L, plan.competencyId());
        assertEquals(1.0 / 12, plan.gain(), 1e-12);
        assertEquals(8, plan.gainPoints());
    }

    @Test
    void aLargerGainBeatsAQuickerStep() {
        // Competency 20 assessed at a fifth of the level (plan: adds 0.8 ÷ 2); half the options of a rule held
        // (add a qualification: adds 0.5 ÷ 2).
        List<NextStep> steps = NextStep.rank(role(qualification("Two of three", 0.5), competency(20, 0.2)), Set.of(),
                true, NextStep.SHOWN);
        assertEquals(List.of(NextStep.Kind.PLAN_OBJECTIVE, NextStep.Kind.ADD_QUALIFICATION), kinds(steps));
        assertEquals(40, steps.get(0).gainPoints());
        assertEquals(25, steps.get(1).gainPoints());
    }

    @Test
    void equalStepsKeepTheOrderOfTheRequirements() {
        List<NextStep> steps = NextStep.rank(role(competency(3, 0), competency(1, 0), competency(2, 0),
                competency(4, 0)), Set.of(), true, NextStep.SHOWN);
        assertEquals(List.of(3L, 1L, 2L), steps.stream().map(NextStep::competencyId).toList());
    }

    @Test
    void aRoleFullyMetHasNoNextStep() {
        assertEquals(List.of(), NextStep.rank(role(qualification("CEng", 1), competency(10, 1), experience(1)),
                Set.of(10L), false, NextStep.SHOWN));
        assertEquals(List.of(), NextStep.rank(role(), Set.of(), false, NextStep.SHOWN));
    }
}
