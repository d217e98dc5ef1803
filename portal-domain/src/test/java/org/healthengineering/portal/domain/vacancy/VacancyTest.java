package org.healthengineering.portal.domain.vacancy;

import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VacancyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Vacancy.Details details(LocalDate closing) {
        return new Vacancy.Details("Chief Healthcare Engineer", null, "CHE", "Band 8d", "Leeds General Infirmary",
                new BigDecimal("37.5"), closing, "Leads clinical and estates engineering at board level.");
    }

    static SpecCriterion.Given essential(Criterion.Given criterion) {
        return new SpecCriterion.Given(true, criterion);
    }

    static Criterion.Given freeText(String text) {
        return new Criterion.Given(CriterionKind.FREE_TEXT, null, null, null, null, null, null, null, null, null, text);
    }

    static Criterion.Given experience(int years) {
        return new Criterion.Given(CriterionKind.EXPERIENCE, null, null, null, null, null, years, null, null, null, null);
    }

    static List<SpecCriterion.Given> specification() {
        return List.of(essential(experience(5)), new SpecCriterion.Given(false, freeText("Led an estates project")));
    }

    static Vacancy open() {
        Vacancy v = Vacancy.draft(7, details(TODAY.plusDays(14)), specification(), 1, TODAY, NOW);
        v.publish(TODAY, NOW);
        return v;
    }

    private static List<String> fields(InvalidInputException e) {
        return e.getProblems().stream().map(FieldProblem::field).sorted().toList();
    }

    @Test
    void aDraftReportsEveryProblemAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Vacancy.draft(7,
                new Vacancy.Details(" ", null, null, "", "x".repeat(201), new BigDecimal("61"), TODAY, ""),
                List.of(essential(new Criterion.Given(CriterionKind.COMPETENCY, null, null, null, 9, null, null, null,
                        null, null, null))), 1, TODAY, NOW));
        assertEquals(List.of("band", "closingDate", "description", "hoursPerWeek", "location",
                "specification[0].competencyId", "specification[0].minLevel", "title"), fields(e));
    }

    @Test
    void theSpecificationIsNumberedInOrder() {
        Vacancy v = open();
        assertEquals(List.of(1, 2), v.getSpecification().stream().map(SpecCriterion::getPosition).toList());
        assertTrue(v.criterion(1).isEssential());
        assertFalse(v.criterion(2).isEssential());
        assertTrue(v.criterion(2).needsStatement(), "a criterion a person judges needs a statement");
        assertFalse(v.criterion(1).needsStatement());
        assertEquals(CriterionKind.EXPERIENCE, v.criteria().get(0).getKind());
    }

    @Test
    void publishingNeedsAnEssentialCriterionAndAClosingDateAhead() {
        Vacancy v = Vacancy.draft(7, details(TODAY.plusDays(1)),
                List.of(new SpecCriterion.Given(false, freeText("Nice to have"))), 1, TODAY, NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> v.publish(TODAY.plusDays(1), NOW));
        assertEquals(List.of("closingDate", "specification"), fields(e));
        assertEquals(VacancyStatus.DRAFT, v.getStatus());
        assertThrows(ConflictException.class, () -> open().publish(TODAY, NOW), "only a draft is published");
    }

    @Test
    void applicationsAreTakenUntilTheEndOfTheClosingDateThenItCloses() {
        Vacancy v = open();
        LocalDate closing = v.getClosingDate();
        assertTrue(v.acceptsApplications(closing));
        assertFalse(v.acceptsApplications(closing.plusDays(1)));
        assertFalse(v.closeIfDue(closing, NOW));
        assertTrue(v.closeIfDue(closing.plusDays(1), NOW));
        assertEquals(VacancyStatus.CLOSED, v.getStatus());
        assertFalse(v.closeIfDue(closing.plusDays(2), NOW), "closes once");
    }

    @Test
    void theSpecificationIsFrozenOnceApplicationsArrive() {
        Vacancy v = open();
        List<SpecCriterion.Given> more = List.of(essential(experience(5)),
                new SpecCriterion.Given(false, freeText("Led an estates project")), essential(experience(8)));
        assertThrows(ConflictException.class, () -> v.revise(details(TODAY.plusDays(20)), more, true, TODAY, NOW));
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> v.revise(details(TODAY.plusDays(20)),
                List.of(essential(experience(99))), true, TODAY, NOW));
        assertEquals(List.of("specification[0].minYears"), fields(wrong), "a bad criterion is named where it stands");
        v.revise(details(TODAY.plusDays(20)), specification(), true, TODAY, NOW);
        assertEquals(TODAY.plusDays(20), v.getClosingDate(), "the details still change");
        v.revise(details(TODAY.plusDays(20)), more, false, TODAY, NOW);
        assertEquals(3, v.getSpecification().size(), "no applications yet: the criteria change");
    }

    @Test
    void shortlistersAreAtLeastTwoMembersOfTheHospital() {
        Vacancy v = open();
        assertThrows(InvalidInputException.class, () -> v.chooseShortlisters(Set.of(3L), Set.of(3L, 4L), NOW));
        assertThrows(InvalidInputException.class, () -> v.chooseShortlisters(Set.of(3L, 9L), Set.of(3L, 4L), NOW));
        v.chooseShortlisters(Set.of(3L, 4L), Set.of(3L, 4L, 5L), NOW);
        assertTrue(v.isShortlister(3) && v.isShortlister(4) && !v.isShortlister(5));
    }

    @Test
    void shortlistingClosesWhenEveryApplicationIsDecidedAndNamesShowAfterwards() {
        Vacancy v = open();
        assertThrows(ConflictException.class, () -> v.closeShortlisting(0, NOW), "still open to applications");
        v.closeIfDue(v.getClosingDate().plusDays(1), NOW);
        assertTrue(v.isScoring() && v.isAnonymised());
        assertThrows(ConflictException.class, () -> v.closeShortlisting(2, NOW));
        v.closeShortlisting(0, NOW);
        assertFalse(v.isScoring() || v.isAnonymised());
        v.decided(NOW);
        assertEquals(VacancyStatus.DECIDED, v.getStatus());
        assertThrows(ConflictException.class, () -> v.withdraw("Too late", NOW));
    }

    @Test
    void aWithdrawalSaysWhy() {
        Vacancy v = open();
        assertThrows(InvalidInputException.class, () -> v.withdraw(" ", NOW));
        v.withdraw("The post is merged with another.", NOW);
        assertEquals(VacancyStatus.WITHDRAWN, v.getStatus());
        assertFalse(v.acceptsApplications(TODAY));
    }
}
