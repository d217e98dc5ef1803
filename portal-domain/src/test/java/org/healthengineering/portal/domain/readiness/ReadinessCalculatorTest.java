package org.healthengineering.portal.domain.readiness;

import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.HeldStatus;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.role.RuleKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadinessCalculatorTest {

    private static final long CENG = 1, IENG = 2, MSC = 3, MGMT = 4;
    private static final Map<Long, String> NAMES = Map.of(CENG, "CEng", IENG, "IEng", MSC, "MSc", MGMT, "Management");

    /** A role: (CEng, or IEng with an MSc) and management; competency 10 at level 4; 10 years. */
    private static RoleProfile chiefEngineer() {
        RoleProfile role = new RoleProfile("CHE", "Chief Healthcare Engineer", "Leads", 10, 6, null);
        List<QualificationRule> rules = new ArrayList<>();
        QualificationRule chartered = new QualificationRule(role, null, RuleKind.ANY, 1, "CEng, or IEng with an MSc",
                Set.of(CENG), 1);
        rules.add(chartered);
        rules.add(new QualificationRule(role, chartered, RuleKind.ALL, 0, "IEng with an MSc", Set.of(IENG, MSC), 1));
        rules.add(new QualificationRule(role, null, RuleKind.ANY, 1, "Management training", Set.of(MGMT), 2));
        role.requireQualifications(rules);
        role.requireCompetencies(List.of(new CompetencyRequirement(10, 4)));
        return role;
    }

    private static RoleReadiness assess(RoleProfile role, Integer years, Map<Long, HeldStatus> held,
                                        Map<Long, Integer> levels, Map<Long, Set<Long>> exact) {
        return ReadinessCalculator.assess(role, new EngineerFacts(years, held, levels, exact), NAMES::get,
                id -> new ReadinessCalculator.CompetencyName("C" + id, "Competency " + id, "Framework " + (id / 100)));
    }

    @Test
    void nothingHeldOrAssessedIsZeroWithAReasonForEveryRequirement() {
        RoleReadiness readiness = assess(chiefEngineer(), null, Map.of(), Map.of(), Map.of());
        assertEquals(0, readiness.percent());
        assertEquals(4, readiness.checks().size());
        assertTrue(readiness.checks().stream().allMatch(c -> c.status() == RequirementStatus.NOT_MET));
        assertEquals("Not assessed yet.", readiness.checks().get(2).reason());
        assertEquals("Your years of experience are not on your profile yet.", readiness.checks().get(3).reason());
    }

    @Test
    void aNestedRuleCanMeetTheOuterOne() {
        RoleReadiness readiness = assess(chiefEngineer(), 10,
                Map.of(IENG, HeldStatus.VERIFIED, MSC, HeldStatus.UNVERIFIED, MGMT, HeldStatus.VERIFIED),
                Map.of(10L, 4), Map.of());
        assertEquals(100, readiness.percent());
        assertEquals("Met by IEng with an MSc.", readiness.checks().get(0).reason());
        assertTrue(readiness.gaps().isEmpty());
    }

    @Test
    void expiredQualificationsDoNotCountAndUnverifiedOnesSaySo() {
        RoleReadiness readiness = assess(chiefEngineer(), 5, Map.of(CENG, HeldStatus.EXPIRED, MGMT, HeldStatus.UNVERIFIED),
                Map.of(10L, 2), Map.of());
        RequirementCheck chartered = readiness.checks().get(0);
        assertEquals(RequirementStatus.NOT_MET, chartered.status());
        assertTrue(chartered.reason().contains("CEng (expired)"), chartered.reason());
        assertEquals("Met by Management (not yet verified).", readiness.checks().get(1).reason());
        RequirementCheck competency = readiness.checks().get(2);
        assertEquals(RequirementStatus.PARTLY_MET, competency.status());
        assertEquals("Level 2 of 4.", competency.reason());
        assertEquals(RequirementStatus.PARTLY_MET, readiness.checks().get(3).status());
        // (0 + 1 + 0.5 + 0.5) / 4 = 0.5
        assertEquals(50, readiness.percent());
        assertEquals(3, readiness.gaps().size());
    }

    @Test
    void anExactMatchInAnotherFrameworkCounts() {
        RoleReadiness readiness = assess(chiefEngineer(), 10, Map.of(), Map.of(10L, 1, 205L, 4),
                Map.of(10L, Set.of(205L)));
        RequirementCheck competency = readiness.checks().get(2);
        assertEquals(RequirementStatus.MET, competency.status());
        assertEquals("Level 4 of 4, through the exact-match equivalent C205 in Framework 2.", competency.reason());
    }

    @Test
    void aLevelAboveTheRequirementIsSaidAsAboveAndACompetencyWithoutACodeByItsTitle() {
        // A competency imported without a code: its stored code is a GUID, which no reason or requirement shows.
        RoleReadiness readiness = ReadinessCalculator.assess(chiefEngineer(), new EngineerFacts(10, Map.of(),
                        Map.of(10L, 5), Map.of()), NAMES::get,
                id -> new ReadinessCalculator.CompetencyName("", "Competency " + id, "Framework 22 Sep 2017"));
        RequirementCheck competency = readiness.checks().get(2);
        assertEquals(RequirementStatus.MET, competency.status());
        assertEquals("Level 5, above the 4 required.", competency.reason(), "never \"Level 5 of 4\"");
        assertEquals("Competency 10 (Framework 22 Sep 2017) at level 4", competency.requirement());
        assertEquals("Met", competency.status().getLabel());
    }

    @Test
    void whereTheRoleRequiresVerificationOnlyAVerifiedLevelCounts() {
        RoleProfile role = new RoleProfile("V", "Verified role", "Summary", 0, 3, null);
        role.requireCompetencies(List.of(new CompetencyRequirement(10, 4, true)));
        // Self-assessed at 4, not verified: nothing counts, and the reason says so.
        RoleReadiness unverified = ReadinessCalculator.assess(role, new EngineerFacts(null, Map.of(), Map.of(10L, 4),
                        Map.of(), Map.of()), NAMES::get,
                id -> new ReadinessCalculator.CompetencyName("C" + id, "Competency " + id, "Framework 0"));
        assertEquals(0, unverified.percent());
        assertEquals("Not verified yet by a mentor or an assessor (your own level: 4).",
                unverified.checks().get(0).reason());
        // A mentor verified level 3: 3 of 4 counts, whatever the engineer's own level.
        RoleReadiness verified = ReadinessCalculator.assess(role, new EngineerFacts(null, Map.of(), Map.of(10L, 4),
                        Map.of(), Map.of(10L, 3)), NAMES::get,
                id -> new ReadinessCalculator.CompetencyName("C" + id, "Competency " + id, "Framework 0"));
        assertEquals(75, verified.percent());
        assertEquals("Verified level 3 of 4.", verified.checks().get(0).reason());
    }

    // Roll-up: parent 50 with children 51, 52, 53; the role asks for the parent.
    private static final long PARENT = 50, A = 51, B = 52, C = 53;

    private static RoleProfile parentRole(int level, boolean verified) {
        RoleProfile role = new RoleProfile("P", "Parent role", "Summary", 0, 3, null);
        role.requireCompetencies(List.of(new CompetencyRequirement(PARENT, level, verified)));
        return role;
    }

    private static RequirementCheck parentCheck(RoleProfile role, Map<Long, Integer> own, Map<Long, Integer> verified,
                                                RollUpRule rule) {
        EngineerFacts facts = new EngineerFacts(null, Map.of(), own, Map.of(), verified,
                rule == null ? Map.of() : Map.of(PARENT, rule), Map.of(PARENT, List.of(A, B, C)));
        return ReadinessCalculator.assess(role, facts, NAMES::get,
                id -> new ReadinessCalculator.CompetencyName("C" + id, "Competency " + id, "Framework 0")).checks().get(0);
    }

    @Test
    void aParentWithoutARuleIsNotReachedThroughItsChildren() {
        RequirementCheck check = parentCheck(parentRole(3, false), Map.of(A, 4, B, 4, C, 4), Map.of(), null);
        assertEquals(RequirementStatus.NOT_MET, check.status());
        assertEquals("Not assessed yet.", check.reason());
    }

    @Test
    void allChildrenReachTheParentAtTheLowestOfTheirLevels() {
        RequirementCheck met = parentCheck(parentRole(3, false), Map.of(A, 4, B, 3, C, 5), Map.of(),
                RollUpRule.allChildren());
        assertEquals(RequirementStatus.MET, met.status());
        assertEquals("Level 3 of 3, reached through its sub-competencies (all 3 at level 3 or above).", met.reason());

        RequirementCheck partly = parentCheck(parentRole(3, false), Map.of(A, 4, B, 2, C, 5), Map.of(),
                RollUpRule.allChildren());
        assertEquals(RequirementStatus.PARTLY_MET, partly.status(), "one child at 2 holds the parent at 2");
        assertEquals("Level 2 of 3, reached through its sub-competencies (all 3 at level 2 or above).",
                partly.reason());
        assertEquals(RequirementStatus.NOT_MET, parentCheck(parentRole(3, false), Map.of(A, 4, B, 4), Map.of(),
                RollUpRule.allChildren()).status(), "a child not assessed: not every one is reached");
    }

    @Test
    void pointsReachTheParentWhenEnoughChildrenDo() {
        RollUpRule two = RollUpRule.points(2);
        RequirementCheck met = parentCheck(parentRole(3, false), Map.of(A, 4, B, 3, C, 1), Map.of(), two);
        assertEquals(RequirementStatus.MET, met.status());
        assertEquals("Level 3 of 3, reached through its sub-competencies (2 of its 3 at level 3 or above).",
                met.reason());
        RequirementCheck one = parentCheck(parentRole(3, false), Map.of(A, 5, B, 1, C, 1), Map.of(), two);
        assertEquals(RequirementStatus.PARTLY_MET, one.status(), "only one child at 3 or above: the second is at 1");
        assertEquals(1.0 / 3, one.score(), 1e-9);
        assertEquals(RequirementStatus.MET, parentCheck(parentRole(3, false), Map.of(A, 5, B, 1, C, 1), Map.of(),
                RollUpRule.points(1)).status(), "a threshold of one: the best child decides");
    }

    @Test
    void theParentsOwnHigherLevelIsSaidWithoutItsChildren() {
        RequirementCheck own = parentCheck(parentRole(3, false), Map.of(PARENT, 4, A, 3, B, 3, C, 3), Map.of(),
                RollUpRule.allChildren());
        assertEquals("Level 4, above the 3 required.", own.reason());
    }

    @Test
    void whereVerificationIsRequiredOnlyVerifiedChildrenReachTheParent() {
        RoleProfile verifiedRole = parentRole(3, true);
        Map<Long, Integer> own = Map.of(A, 3, B, 3, C, 3);
        RequirementCheck selfOnly = parentCheck(verifiedRole, own, Map.of(), RollUpRule.allChildren());
        assertEquals(RequirementStatus.NOT_MET, selfOnly.status(), "the children's own levels are not verified");
        assertEquals("Not verified yet by a mentor or an assessor (your own level: 3).", selfOnly.reason(),
                "the own level reached through the children is named");

        RequirementCheck partly = parentCheck(verifiedRole, own, Map.of(A, 3, B, 3), RollUpRule.allChildren());
        assertEquals(RequirementStatus.NOT_MET, partly.status(), "two verified of three: not all are");
        assertEquals(RequirementStatus.MET, parentCheck(verifiedRole, own, Map.of(A, 3, B, 3),
                RollUpRule.points(2)).status(), "two verified reach a threshold of two");

        RequirementCheck all = parentCheck(verifiedRole, own, Map.of(A, 3, B, 4, C, 3), RollUpRule.allChildren());
        assertEquals(RequirementStatus.MET, all.status());
        assertEquals("Verified level 3 of 3, reached through its sub-competencies (all 3 verified at level 3 or"
                + " above).", all.reason());
        assertEquals(RequirementStatus.MET, parentCheck(parentRole(3, false), own, Map.of(),
                RollUpRule.allChildren()).status(), "without verification required, the own levels reach it");
    }

    @Test
    void atLeastCountsTheOptionsHeld() {
        RoleProfile role = new RoleProfile("R", "Role", "Summary", 0, 3, null);
        role.requireQualifications(List.of(new QualificationRule(role, null, RuleKind.AT_LEAST, 2, "Two of three",
                Set.of(CENG, IENG, MSC), 1)));
        assertEquals(50, assess(role, null, Map.of(MSC, HeldStatus.VERIFIED), Map.of(), Map.of()).percent());
        assertEquals(100, assess(role, null, Map.of(MSC, HeldStatus.VERIFIED, CENG, HeldStatus.UNVERIFIED), Map.of(),
                Map.of()).percent());
    }

    @Test
    void aHeldQualificationExpiresAfterItsDate() {
        HeldQualification held = new HeldQualification(1, CENG, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30),
                null, null, LocalDate.of(2026, 1, 1), Instant.EPOCH);
        assertEquals(HeldStatus.UNVERIFIED, held.status(LocalDate.of(2026, 6, 30)));
        assertEquals(HeldStatus.EXPIRED, held.status(LocalDate.of(2026, 7, 1)));
        held.verify(9, Instant.EPOCH);
        assertEquals(HeldStatus.VERIFIED, held.status(LocalDate.of(2026, 6, 1)));
        assertEquals(HeldStatus.EXPIRED, held.status(LocalDate.of(2026, 7, 1)), "verification does not stop expiry");
    }
}
