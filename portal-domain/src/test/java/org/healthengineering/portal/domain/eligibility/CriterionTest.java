package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.healthengineering.portal.domain.eligibility.Fixtures.NAMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CriterionTest {

    private static Criterion.Given given(CriterionKind kind) {
        return new Criterion.Given(kind, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(Runnable action) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
        return refused.getProblems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void eachKindIsMadeByItsFactoryWithOnlyItsOwnFields() {
        Criterion qualification = Criterion.qualification(3, true);
        assertEquals(CriterionKind.QUALIFICATION, qualification.getKind());
        assertEquals(3L, qualification.getQualificationId());
        assertTrue(qualification.isVerifiedOnly());

        Criterion competency = Criterion.competency(10, 4, false);
        assertEquals(10L, competency.getCompetencyId());
        assertEquals(4, competency.getMinLevel());
        assertFalse(competency.isVerifiedOnly());

        Criterion cpd = Criterion.cpdCompliance(7, CpdCycle.PREVIOUS);
        assertEquals(7L, cpd.getBodyId());
        assertEquals(CpdCycle.PREVIOUS, cpd.getCycle());

        assertEquals("Leading a team", Criterion.freeText("  Leading a team  ").getText());
        assertEquals("CHE", Criterion.readiness(" CHE ", 70).getRoleCode());
        assertEquals(0, Criterion.experience(0).getMinYears());
        assertEquals(7L, Criterion.registration(7).getBodyId());

        // A form may send every field; a kind keeps only its own.
        Criterion fromForm = Criterion.of(new Criterion.Given(CriterionKind.EXPERIENCE, 1L, 2L, 3L, 4, true, 5,
                CpdCycle.CURRENT, "CHE", 50, "words"));
        assertEquals(Criterion.experience(5), fromForm);
        assertNull(fromForm.getQualificationId());
        assertFalse(fromForm.isVerifiedOnly(), "only qualifications and competencies can be verified only");
    }

    @Test
    void aCriterionIsAValueAndGoesBackToWhatWasGiven() {
        assertEquals(Criterion.competency(10, 4, true), Criterion.competency(10, 4, true));
        assertEquals(Criterion.competency(10, 4, true).hashCode(), Criterion.competency(10, 4, true).hashCode());
        assertNotEquals(Criterion.competency(10, 4, true), Criterion.competency(10, 4, false));
        assertNotEquals(Criterion.registration(7), Criterion.cpdCompliance(7, CpdCycle.CURRENT));
        for (Criterion c : List.of(Criterion.qualification(1, false), Criterion.registration(7),
                Criterion.competency(10, 2, true), Criterion.experience(3),
                Criterion.cpdCompliance(7, CpdCycle.CURRENT),
                Criterion.readiness("CHE", 80), Criterion.freeText("Leads a team"))) {
            assertEquals(c, Criterion.of(c.given()), c.toString());
        }
    }

    @Test
    void everyProblemOfOneCriterionIsReportedAtOnce() {
        assertEquals(List.of("competencyId", "minLevel"), fields(() -> Criterion.of(given(CriterionKind.COMPETENCY))));
        assertEquals(List.of("bodyId", "cycle"), fields(() -> Criterion.of(given(CriterionKind.CPD_COMPLIANCE))));
        assertEquals(List.of("roleCode", "minPercent"), fields(() -> Criterion.of(new Criterion.Given(
                CriterionKind.READINESS, null, null, null, null, null, null, null, "X".repeat(61), 0, null))));
        assertEquals(List.of("kind"), fields(() -> Criterion.of(given(null))));
        assertEquals(List.of("qualificationId"), fields(() -> Criterion.of(given(CriterionKind.QUALIFICATION))));
        assertEquals(List.of("bodyId"), fields(() -> Criterion.registration(0)));
        assertEquals(List.of("text"), fields(() -> Criterion.freeText("   ")));
        assertEquals(List.of("text"), fields(() -> Criterion.freeText("x".repeat(1001))));
        assertEquals(List.of("roleCode"), fields(() -> Criterion.readiness(" ", 50)));
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(List.of("minLevel"), fields(() -> Criterion.competency(10, 0, false)));
        assertEquals(List.of("minLevel"), fields(() -> Criterion.competency(10, 6, false)));
        Criterion.competency(10, 1, false);
        Criterion.competency(10, 5, false);
        assertEquals(List.of("minYears"), fields(() -> Criterion.experience(-1)));
        assertEquals(List.of("minYears"), fields(() -> Criterion.experience(51)));
        Criterion.experience(50);
        assertEquals(List.of("minPercent"), fields(() -> Criterion.readiness("CHE", 0)));
        assertEquals(List.of("minPercent"), fields(() -> Criterion.readiness("CHE", 101)));
        Criterion.readiness("CHE", 1);
        Criterion.readiness("CHE", 100);
        assertEquals(1000, Criterion.freeText(" " + "x".repeat(1000) + " ").getText().length());
    }

    @Test
    void aListIsCheckedWholeAndEachProblemNamedByItsPlace() {
        List<Criterion.Given> given = Arrays.asList(
                Criterion.registration(7).given(),
                new Criterion.Given(CriterionKind.COMPETENCY, null, null, 10L, 9, false, null, null, null, null, null),
                null,
                new Criterion.Given(CriterionKind.FREE_TEXT, null, null, null, null, null, null, null, null, null, ""),
                new Criterion.Given(CriterionKind.CPD_COMPLIANCE, null, -1L, null, null, null, null, null, null, null,
                        null));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Criterion.ofAll(given, "criteria"));
        assertEquals(List.of("criteria[1].minLevel", "criteria[2].kind", "criteria[3].text", "criteria[4].bodyId",
                "criteria[4].cycle"), refused.getProblems().stream().map(FieldProblem::field).toList());
        assertEquals("Give a level from 1 to 5.", refused.getProblems().get(0).message());

        List<Criterion> ok = Criterion.ofAll(List.of(Criterion.registration(7).given(),
                Criterion.experience(2).given()), "criteria");
        assertEquals(List.of(Criterion.registration(7), Criterion.experience(2)), ok);
        assertEquals(List.of(), Criterion.ofAll(null, "criteria"));
    }

    @Test
    void whatACriterionAsksIsSaidInWords() {
        assertEquals("CEng, held, unexpired and verified", Criterion.qualification(1, true).describe(NAMES));
        assertEquals("CEng, held and unexpired", Criterion.qualification(1, false).describe(NAMES));
        assertEquals("Registered with IMechE", Criterion.registration(7).describe(NAMES));
        assertEquals("C10 Competency 10 (Framework 0) at level 3 or above, verified by a mentor or an assessor",
                Criterion.competency(10, 3, true).describe(NAMES));
        assertEquals("At least 1 year of experience", Criterion.experience(1).describe(NAMES));
        assertEquals("IMechE's CPD requirements met in the previous cycle",
                Criterion.cpdCompliance(7, CpdCycle.PREVIOUS).describe(NAMES));
        assertEquals("Readiness of at least 70% for Chief Healthcare Engineer",
                Criterion.readiness("CHE", 70).describe(NAMES));
        assertEquals("Leads a team", Criterion.freeText("Leads a team").describe(NAMES));
    }
}
