package org.healthengineering.portal.domain.vacancy;

import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;

import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.eligibility.FindingOutcome;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.healthengineering.portal.domain.vacancy.VacancyTest.NOW;
import static org.healthengineering.portal.domain.vacancy.VacancyTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VacancyApplicationTest {

    private static final EvidenceRef MINE = new EvidenceRef(EvidenceKind.HELD_QUALIFICATION, 41L);
    private static final long ANN = 100;

    private static VacancyApplication apply(Vacancy v) {
        return VacancyApplication.apply(v, ANN, "ABCD2345", new VacancyApplication.Given(
                Map.of(2, "I led the theatre refurbishment."), List.of(MINE), true), Set.of(MINE), found(v), TODAY, NOW);
    }

    private static List<Finding> found(Vacancy v) {
        return v.getSpecification().stream().map(c -> new Finding(c.getCriterion(), "requirement",
                c.needsStatement() ? FindingOutcome.TO_JUDGE : FindingOutcome.MET_OWN_WORD, "Reason "
                + c.getPosition(), List.of())).toList();
    }

    private static Vacancy scoring() {
        Vacancy v = VacancyTest.open();
        v.chooseShortlisters(Set.of(3L, 4L), Set.of(3L, 4L), NOW);
        v.closeIfDue(v.getClosingDate().plusDays(1), NOW);
        return v;
    }

    private static List<Score.Given> scores(int first, int second) {
        return List.of(new Score.Given(1, first, null), new Score.Given(2, second, "Clear example"));
    }

    @Test
    void anApplicationNeedsAStatementWhereAPersonJudgesOnlyOwnEvidenceAndTheDeclaration() {
        Vacancy v = VacancyTest.open();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VacancyApplication.apply(v, ANN,
                "ABCD2345", new VacancyApplication.Given(Map.of(9, "x"),
                        List.of(new EvidenceRef(EvidenceKind.CPD_ACTIVITY, 77L)), false), Set.of(MINE), found(v), TODAY, NOW));
        assertEquals(List.of("declaration", "evidence", "specification[1].statement", "statements"),
                e.getProblems().stream().map(FieldProblem::field).sorted().toList());
        VacancyApplication a = apply(v);
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        assertEquals("I led the theatre refurbishment.", a.statementFor(2));
        assertEquals(List.of(MINE), a.getEvidence());
        assertEquals(List.of("Reason 1", "Reason 2"), a.getFindings().stream().map(FoundThen::getReason).toList(),
                "what the engine found is kept with the application");
    }

    @Test
    void nobodyAppliesToAClosedVacancyAndWithdrawalEndsWithTheClosingDate() {
        Vacancy v = VacancyTest.open();
        VacancyApplication a = apply(v);
        assertThrows(ConflictException.class, () -> a.withdraw(v, v.getClosingDate().plusDays(1), NOW));
        a.withdraw(v, v.getClosingDate(), NOW);
        assertEquals(ApplicationStatus.WITHDRAWN, a.getStatus());
        v.closeIfDue(v.getClosingDate().plusDays(1), NOW);
        assertThrows(ConflictException.class, () -> apply(v));
    }

    @Test
    void eachShortlisterScoresEveryCriterionOnTheirOwn() {
        Vacancy v = scoring();
        VacancyApplication a = apply(VacancyTest.open());
        assertThrows(ConflictException.class, () -> a.score(v, 5, scores(2, 2), NOW), "not a shortlister");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.score(v, 3,
                List.of(new Score.Given(1, 4, null), new Score.Given(1, 2, null), new Score.Given(7, 1, null)), NOW));
        assertEquals(List.of("scores", "scores", "scores[0].score", "scores[1].position"),
                e.getProblems().stream().map(FieldProblem::field).sorted().toList());
        a.score(v, 3, scores(2, 2), NOW);
        a.score(v, 3, scores(3, 2), NOW);
        assertEquals(Map.of(1, 3, 2, 2), a.scoresBy(3), "scoring again replaces");
        assertFalse(a.flags(v).complete(), "the second shortlister has not scored");
        assertThrows(ConflictException.class, () -> a.decideShortlisting(v, true, null, NOW));
    }

    @Test
    void scoresTwoApartAreFlaggedAndAZeroOnAnEssentialSuggestsNotShortlistedForAPersonToConfirm() {
        Vacancy v = scoring();
        VacancyApplication a = apply(VacancyTest.open());
        a.score(v, 3, scores(0, 3), NOW);
        a.score(v, 4, scores(2, 1), NOW);
        ShortlistFlags flags = a.flags(v);
        assertTrue(flags.complete());
        assertTrue(flags.criteria().get(0).disagreement(), "0 and 2 differ by 2");
        assertTrue(flags.criteria().get(0).zeroOnEssential());
        assertTrue(flags.criteria().get(1).disagreement(), "3 and 1 differ by 2, on a desirable criterion too");
        assertFalse(flags.criteria().get(1).zeroOnEssential());
        assertTrue(flags.suggestsNotShortlisted() && flags.toDiscuss());
        assertEquals(6, flags.total());
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus(), "never removed automatically");
        assertThrows(InvalidInputException.class, () -> a.decideShortlisting(v, false, " ", NOW), "feedback");
        a.decideShortlisting(v, true, null, NOW);
        assertEquals(ApplicationStatus.SHORTLISTED, a.getStatus(), "a person may shortlist despite the flag");
    }

    @Test
    void afterShortlistingTheApplicationMovesToInterviewOfferAndAppointment() {
        Vacancy v = scoring();
        VacancyApplication a = apply(VacancyTest.open());
        a.score(v, 3, scores(2, 2), NOW);
        a.score(v, 4, scores(2, 3), NOW);
        a.decideShortlisting(v, true, null, NOW);
        assertThrows(ConflictException.class, () -> a.advance(v, ApplicationStatus.INTERVIEWED, null, null, NOW),
                "shortlisting still open");
        v.closeShortlisting(0, NOW);
        assertThrows(ConflictException.class, () -> a.advance(v, ApplicationStatus.APPOINTED, null, null, NOW));
        Instant interview = Instant.parse("2026-04-01T09:30:00Z");
        a.advance(v, ApplicationStatus.INTERVIEWED, null, interview, NOW);
        assertEquals(interview, a.getInterviewAt());
        a.advance(v, ApplicationStatus.OFFERED, "A strong interview.", null, NOW);
        a.advance(v, ApplicationStatus.APPOINTED, null, null, NOW);
        assertEquals(ApplicationStatus.APPOINTED, a.getStatus());
        assertEquals("A strong interview.", a.getFeedback());
        assertTrue(a.getStatus().isFinal());
    }

    @Test
    void theAnonymisedViewHoldsNothingThatNamesTheApplicant() {
        VacancyApplication a = apply(VacancyTest.open());
        AnonymisedApplication seen = AnonymisedApplication.of(a, List.of("Qualification: CEng"));
        assertEquals("ABCD2345", seen.reference());
        List<String> components = Arrays.stream(AnonymisedApplication.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertEquals(List.of("applicationId", "reference", "statements", "evidence", "findings", "status"), components,
                "no applicant id, name, email or date of birth reaches a shortlister");
        for (Field f : Statement.class.getDeclaredFields()) {
            assertFalse(f.getName().toLowerCase().contains("applicant"), f.getName());
        }
    }

    @Test
    void referencesAreEightCharactersWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String reference = VacancyApplication.newReference();
            assertTrue(reference.matches("[A-HJ-NP-Z2-9]{8}"), reference);
        }
    }
}
