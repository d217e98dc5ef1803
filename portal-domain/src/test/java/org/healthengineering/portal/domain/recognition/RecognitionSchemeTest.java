package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.qualification.QualificationKind;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.healthengineering.portal.domain.recognition.Fixtures.BODY;
import static org.healthengineering.portal.domain.recognition.Fixtures.DESIGN;
import static org.healthengineering.portal.domain.recognition.Fixtures.KNOWLEDGE;
import static org.healthengineering.portal.domain.recognition.Fixtures.NOW;
import static org.healthengineering.portal.domain.recognition.Fixtures.QUALIFICATION;
import static org.healthengineering.portal.domain.recognition.Fixtures.fields;
import static org.healthengineering.portal.domain.recognition.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognitionSchemeTest {

    private static RecognitionScheme.Terms withAreas(RecognitionScheme.Terms t, List<SchemeArea.Given> areas) {
        return new RecognitionScheme.Terms(t.code(), t.name(), t.summary(), t.postNominal(), t.roleCode(), areas,
                t.criteria(), t.evidenceFilesRequired(), t.interviewHeld(), t.validityYears(), t.renewalRule());
    }

    private static RecognitionScheme.Terms renamed(RecognitionScheme.Terms t, String code, String name) {
        return new RecognitionScheme.Terms(code, name, t.summary(), t.postNominal(), t.roleCode(), t.areas(),
                t.criteria(), t.evidenceFilesRequired(), t.interviewHeld(), t.validityYears(), t.renewalRule());
    }

    private static RecognitionScheme.Terms withCriteria(RecognitionScheme.Terms t, List<Criterion.Given> criteria,
                                                        boolean interview) {
        return new RecognitionScheme.Terms(t.code(), t.name(), t.summary(), t.postNominal(), t.roleCode(), t.areas(),
                criteria, t.evidenceFilesRequired(), interview, t.validityYears(), t.renewalRule());
    }

    @Test
    void aSchemeIsRefusedWithEveryProblemAtOnce() {
        RecognitionScheme.Terms wrong = new RecognitionScheme.Terms("CHE R", " ", "x".repeat(4001), "C".repeat(21),
                "R".repeat(41),
                List.of(new SchemeArea.Given(KNOWLEDGE, "Knowledge", 500),
                        new SchemeArea.Given(null, " ", 40),
                        new SchemeArea.Given(KNOWLEDGE, "Knowledge again", 2001)),
                List.of(Fixtures.criterion(CriterionKind.EXPERIENCE, 10),
                        new Criterion.Given(CriterionKind.COMPETENCY, null, null, 7L, 9, null, null, null, null, null,
                                null)),
                11, true, 0, "r".repeat(2001));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RecognitionScheme.define(BODY, QUALIFICATION, wrong, NOW));
        assertEquals(List.of("code", "name", "summary", "postNominal", "roleCode", "areas[1].competencyId",
                "areas[1].title", "areas[1].wordLimit", "areas[2].wordLimit", "areas[2].competencyId",
                "criteria[1].minLevel", "evidenceFilesRequired", "validityYears", "renewalRule"), fields(refused));
    }

    @Test
    void aSchemeAssessesAtLeastOneArea() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RecognitionScheme.define(BODY, QUALIFICATION, withAreas(terms(false), List.of()), NOW));
        assertEquals(List.of("areas"), fields(refused));
        assertThrows(InvalidInputException.class,
                () -> RecognitionScheme.define(BODY, QUALIFICATION, withAreas(terms(false), null), NOW));
    }

    @Test
    void aDefinedSchemeKeepsItsTermsInOrderWithTwoReferees() {
        RecognitionScheme scheme = RecognitionScheme.define(BODY, QUALIFICATION, terms(true), NOW);
        assertEquals("CHE-R", scheme.getCode(), "codes are kept in capitals");
        assertEquals(SchemeStatus.DRAFT, scheme.getStatus());
        assertEquals(2, scheme.getRefereesRequired());
        assertTrue(scheme.isInterviewHeld());
        assertEquals(QUALIFICATION, scheme.getQualificationId());
        assertEquals(List.of(101L, 102L, 103L), scheme.getAreas().stream().map(SchemeArea::getCompetencyId).toList());
        assertEquals(List.of(CriterionKind.EXPERIENCE, CriterionKind.REGISTRATION),
                scheme.getCriteria().stream().map(Criterion::getKind).toList());
        assertEquals(1, scheme.areaIndex(DESIGN));
        assertEquals(-1, scheme.areaIndex(999));
        RecognitionScheme again = RecognitionScheme.define(BODY, QUALIFICATION, scheme.terms(), NOW);
        assertEquals(scheme.getAreas(), again.getAreas());
        assertEquals(scheme.getCriteria(), again.getCriteria());
    }

    @Test
    void aSchemeOpensClosesAndOpensAgain() {
        RecognitionScheme scheme = RecognitionScheme.define(BODY, QUALIFICATION, terms(false), NOW);
        assertFalse(scheme.acceptsApplications());
        assertThrows(ConflictException.class, () -> scheme.close(NOW), "a draft has not opened");
        scheme.open(NOW);
        assertTrue(scheme.acceptsApplications());
        assertThrows(ConflictException.class, () -> scheme.open(NOW), "open already");
        scheme.close(NOW.plusSeconds(60));
        assertEquals(SchemeStatus.CLOSED, scheme.getStatus());
        assertFalse(scheme.acceptsApplications());
        assertThrows(ConflictException.class, () -> scheme.close(NOW), "closed already");
        scheme.open(NOW.plusSeconds(120));
        assertTrue(scheme.acceptsApplications());
        assertNull(scheme.getClosedAt());
    }

    @Test
    void whatApplicationsAreAssessedOnStaysWhileAnyIsInProgress() {
        RecognitionScheme scheme = Fixtures.scheme(false);
        RecognitionScheme.Terms fewerAreas = withAreas(terms(false), terms(false).areas().subList(0, 2));
        ConflictException areas = assertThrows(ConflictException.class, () -> scheme.revise(fewerAreas, true));
        assertEquals("areas", areas.getField());
        RecognitionScheme.Terms noCriteria = withCriteria(terms(false), List.of(), false);
        assertEquals("criteria", assertThrows(ConflictException.class,
                () -> scheme.revise(noCriteria, true)).getField());
        RecognitionScheme.Terms interview = withCriteria(terms(false), terms(false).criteria(), true);
        assertEquals("interviewHeld", assertThrows(ConflictException.class,
                () -> scheme.revise(interview, true)).getField());
        assertEquals(3, scheme.getAreas().size(), "nothing changed");

        scheme.revise(renamed(terms(false), "che-r", "Chief Healthcare Engineer"), true);
        assertEquals("Chief Healthcare Engineer", scheme.getName(), "the name may change meanwhile");
        scheme.revise(fewerAreas, false);
        assertEquals(2, scheme.getAreas().size(), "with nothing in progress the areas change");
    }

    @Test
    void aDraftSchemeChangesFreelyButAnOpenedOneKeepsItsCode() {
        RecognitionScheme draft = RecognitionScheme.define(BODY, QUALIFICATION, terms(false), NOW);
        draft.revise(renamed(withAreas(terms(false), terms(false).areas().subList(0, 1)), "CHE-X", "X"), true);
        assertEquals("CHE-X", draft.getCode());
        assertEquals(1, draft.getAreas().size());
        RecognitionScheme open = Fixtures.scheme(false);
        assertEquals("code", assertThrows(ConflictException.class,
                () -> open.revise(renamed(terms(false), "CHE-X", "X"), false)).getField());
        assertThrows(InvalidInputException.class, () -> open.revise(renamed(terms(false), "", "X"), false),
                "the terms are checked first");
    }

    @Test
    void anAwardBecomesAProfessionalRegistrationRenewedEveryValidityPeriod() {
        Qualification entry = RecognitionScheme.catalogueEntry(terms(false), "Institute of Healthcare Engineering");
        assertEquals("CHE-R", entry.getCode());
        assertEquals("Chief Healthcare Engineer (recognised)", entry.getName());
        assertEquals("Institute of Healthcare Engineering", entry.getAwardingBody());
        assertEquals(QualificationKind.PROFESSIONAL_REGISTRATION, entry.getKind());
        assertEquals(60, entry.getRenewalMonths());

        RecognitionScheme scheme = Fixtures.scheme(false);
        assertThrows(IllegalArgumentException.class, () -> scheme.describe(entry, "IHE"), "not stored as its entry");
        stored(entry, QUALIFICATION);
        RecognitionScheme.Terms t = renamed(terms(false), "che-r", "Chief Healthcare Engineer");
        scheme.revise(new RecognitionScheme.Terms(t.code(), t.name(), t.summary(), t.postNominal(), t.roleCode(),
                t.areas(), t.criteria(), t.evidenceFilesRequired(), t.interviewHeld(), 3, t.renewalRule()), true);
        scheme.describe(entry, "Institute of Healthcare Engineering");
        assertEquals("Chief Healthcare Engineer", entry.getName());
        assertEquals(36, entry.getRenewalMonths());
    }

    private static void stored(Qualification entry, long id) {
        try {
            java.lang.reflect.Field field = Qualification.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entry, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
