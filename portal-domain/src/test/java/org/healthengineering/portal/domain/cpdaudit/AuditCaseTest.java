package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Set<String> STANDARDS = new LinkedHashSet<>(List.of("S1", "S2", "S3", "S4", "S5"));
    private static final long REGISTRANT = 10;
    private static final long FIRST = 20;
    private static final long SECOND = 21;
    private static final long MODERATOR = 22;

    private static AuditCase selected() {
        return AuditCase.select(1, new SampleSelection.Sampled(REGISTRANT, "CEng", SampleSelection.Reason.DRAWN, 1,
                "ab"), DEADLINE, NOW);
    }

    /** An activity as the log holds it (persisted, so with its id). */
    private static CpdActivity logged(long id, String title) {
        CpdActivity activity = CpdActivity.log(REGISTRANT, new ActivityDetails(title, ActivityType.FORMAL_LEARNING,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1), new BigDecimal("3"), "Learned", "Applied",
                "Benefit", null), TODAY, NOW);
        try {
            java.lang.reflect.Field field = CpdActivity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(activity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return activity;
    }

    private static List<CpdActivity> log() {
        List<CpdActivity> log = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            log.add(logged(id, "Activity " + id));
        }
        return log;
    }

    private static Set<Long> ids(List<CpdActivity> log) {
        return log.stream().map(CpdActivity::getId).collect(Collectors.toSet());
    }

    private static String words(int n) {
        return String.join(" ", Collections.nCopies(n, "word"));
    }

    private static AuditCase submitted(List<CpdActivity> log) {
        AuditCase c = selected();
        c.respond(CaseResponse.PROFILE_TO_FOLLOW, null, TODAY, NOW);
        c.draft(words(100), words(800), List.of(1L, 2L, 3L, 4L), ids(log), TODAY, NOW);
        c.submit(log, List.of(), TODAY, NOW);
        return c;
    }

    private static List<StandardGrade.Given> all(Grade grade) {
        return STANDARDS.stream().map(s -> new StandardGrade.Given(s, grade, grade == Grade.MET ? null : "Thin")).toList();
    }

    private static List<StandardGrade.Given> allMetBut(String standard, Grade grade) {
        return STANDARDS.stream().map(s -> s.equals(standard) ? new StandardGrade.Given(s, grade, "Thin")
                : new StandardGrade.Given(s, Grade.MET, null)).toList();
    }

    private static AuditCase graded(List<StandardGrade.Given> first, List<StandardGrade.Given> second) {
        AuditCase c = submitted(log());
        c.assignAssessors(FIRST, SECOND, NOW);
        c.grade(FIRST, first, true, STANDARDS, NOW);
        c.grade(SECOND, second, true, STANDARDS, NOW);
        return c;
    }

    @Test
    void theRegistrantRespondsAndADeferralNeedsAReason() {
        AuditCase c = selected();
        assertEquals(CaseState.SELECTED, c.getState());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> c.respond(CaseResponse.DEFERRAL_REQUESTED, " ", TODAY, NOW));
        assertEquals("reason", noReason.getProblems().get(0).field());
        c.respond(CaseResponse.DEFERRAL_REQUESTED, "Parental leave", TODAY, NOW);
        assertEquals(CaseState.DEFERRAL_REQUESTED, c.getState());
        assertThrows(ConflictException.class, () -> c.respond(CaseResponse.PROFILE_TO_FOLLOW, null, TODAY, NOW));
        assertThrows(InvalidInputException.class, () -> c.decideDeferral(false, null, NOW), "a refusal says why");
        c.decideDeferral(false, "Leave ends in April", NOW);
        assertEquals(CaseState.PROFILE_TO_FOLLOW, c.getState());

        AuditCase granted = selected();
        granted.respond(CaseResponse.DEFERRAL_REQUESTED, "Illness", TODAY, NOW);
        granted.decideDeferral(true, null, NOW);
        assertEquals(CaseState.DEFERRED, granted.getState());
        assertTrue(granted.getState().isSettled());
    }

    @Test
    void theProfileIsCheckedOnSubmissionAndFrozenAsASnapshot() {
        List<CpdActivity> log = log();
        AuditCase c = selected();
        c.draft(words(501), words(10), List.of(1L, 2L, 3L), ids(log), TODAY, NOW);
        assertEquals(CaseState.PROFILE_TO_FOLLOW, c.getState(), "drafting is responding that a profile follows");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> c.submit(log, List.of(), TODAY, NOW));
        assertEquals(List.of("summary", "activities"), refused.getProblems().stream().map(FieldProblem::field).toList());
        assertEquals(0, c.getRound());
        assertThrows(InvalidInputException.class, () -> c.draft("x", "y", List.of(99L), ids(log), TODAY, NOW),
                "only activities of the period");

        c.draft(words(500), words(1500), List.of(1L, 2L, 3L, 4L), ids(log), TODAY, NOW);
        c.submit(log, List.of(), TODAY, NOW);
        assertEquals(CaseState.SUBMITTED, c.getState());
        assertEquals(1, c.getRound());
        assertEquals(6, c.submittedActivities().size(), "the full list of the period");
        assertEquals(List.of(1L, 2L, 3L, 4L), c.submittedActivities().stream().filter(ProfileActivity::isChosen)
                .map(ProfileActivity::getActivityId).sorted().toList());

        // Later edits to the log change nothing in the snapshot, and the profile no longer changes.
        log.get(0).revise(new ActivityDetails("Renamed", ActivityType.OTHER, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 1), new BigDecimal("1"), "", "", "", null), TODAY, NOW);
        assertEquals("Activity 1", c.submittedActivities().stream().filter(a -> a.getActivityId() == 1).findFirst()
                .orElseThrow().getTitle());
        assertEquals("Learned", c.submittedActivities().get(0).getLearned());
        assertThrows(ConflictException.class, () -> c.draft("x", "y", List.of(), ids(log), TODAY, NOW));
        assertThrows(ConflictException.class, () -> c.submit(log, List.of(), TODAY, NOW));
    }

    @Test
    void nothingIsSubmittedAfterTheDeadlineAndTheCaseLapsesTheDayAfter() {
        List<CpdActivity> log = log();
        AuditCase c = selected();
        c.draft(words(100), words(800), List.of(1L, 2L, 3L, 4L), ids(log), TODAY, NOW);
        assertFalse(c.lapse(DEADLINE, NOW), "the deadline day itself still counts");
        assertThrows(ConflictException.class, () -> c.submit(log, List.of(), DEADLINE.plusDays(1), NOW));
        assertTrue(c.lapse(DEADLINE.plusDays(1), NOW));
        assertEquals(CaseState.NON_ENGAGED, c.getState());
        assertFalse(c.lapse(DEADLINE.plusDays(2), NOW), "once");

        // An extension reopens it with a later deadline.
        assertThrows(InvalidInputException.class, () -> c.recordOutcome(CaseOutcome.EXTENSION_GRANTED, null, null,
                STANDARDS, DEADLINE.plusDays(2), NOW));
        c.recordOutcome(CaseOutcome.EXTENSION_GRANTED, null, DEADLINE.plusDays(30), STANDARDS, DEADLINE.plusDays(2), NOW);
        assertEquals(CaseState.PROFILE_TO_FOLLOW, c.getState());
        c.submit(log, List.of(), DEADLINE.plusDays(3), NOW);
        assertEquals(CaseState.SUBMITTED, c.getState());

        AuditCase deferring = selected();
        deferring.respond(CaseResponse.DEFERRAL_REQUESTED, "Illness", TODAY, NOW);
        assertFalse(deferring.lapse(DEADLINE.plusDays(1), NOW), "a deferral waiting for a decision does not lapse");
    }

    @Test
    void assessorsAreTwoOthersAndEachGradesEveryStandardOnceDeclaringNoConflict() {
        AuditCase c = submitted(log());
        assertThrows(InvalidInputException.class, () -> c.assignAssessors(FIRST, FIRST, NOW));
        assertThrows(InvalidInputException.class, () -> c.assignAssessors(REGISTRANT, SECOND, NOW));
        c.assignAssessors(FIRST, SECOND, NOW);
        assertEquals(CaseState.UNDER_ASSESSMENT, c.getState());
        c.assignAssessors(FIRST, MODERATOR, NOW);
        assertFalse(c.isAssessedBy(SECOND), "replaced before grading");
        c.assignAssessors(FIRST, SECOND, NOW);

        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> c.grade(FIRST,
                List.of(new StandardGrade.Given("S1", Grade.PARTLY_MET, null), new StandardGrade.Given("S9", Grade.MET,
                        null)), false, STANDARDS, NOW));
        assertEquals(List.of("declaresNoConflict", "grades[0].comment", "grades[1].standard", "grades"),
                incomplete.getProblems().stream().map(FieldProblem::field).toList());
        c.grade(FIRST, all(Grade.MET), true, STANDARDS, NOW);
        assertThrows(ConflictException.class, () -> c.grade(FIRST, all(Grade.MET), true, STANDARDS, NOW));
        assertThrows(ConflictException.class, () -> c.grade(MODERATOR, all(Grade.MET), true, STANDARDS, NOW));
        assertThrows(ConflictException.class, () -> c.assignAssessors(FIRST, MODERATOR, NOW), "grading has begun");
        assertEquals(Moderation.Verdict.INCOMPLETE, c.verdict(STANDARDS));
        assertThrows(ConflictException.class, () -> c.recordOutcome(CaseOutcome.MEETS, null, null, STANDARDS, TODAY,
                NOW));
        c.grade(SECOND, all(Grade.MET), true, STANDARDS, NOW);
        assertEquals(Moderation.Verdict.MEETS, c.verdict(STANDARDS));
        c.recordOutcome(CaseOutcome.MEETS, null, null, STANDARDS, TODAY, NOW);
        assertEquals(CaseState.MET, c.getState());
        assertEquals(CaseOutcome.MEETS, c.getOutcome());
    }

    @Test
    void aModeratorDecidesOnlyTheStandardsInDispute() {
        AuditCase c = graded(all(Grade.MET), allMetBut("S3", Grade.NOT_MET));
        assertEquals(Moderation.Verdict.NEEDS_MODERATION, c.verdict(STANDARDS));
        assertEquals(Set.of("S3"), c.disputed(STANDARDS));
        assertThrows(ConflictException.class, () -> c.recordOutcome(CaseOutcome.DOES_NOT_MEET, "Not met", null,
                STANDARDS, TODAY, NOW));
        assertThrows(InvalidInputException.class, () -> c.assignModerator(FIRST, STANDARDS, NOW));
        c.assignModerator(MODERATOR, STANDARDS, NOW);
        assertThrows(InvalidInputException.class, () -> c.moderate(MODERATOR, all(Grade.MET), true, STANDARDS, NOW));
        assertThrows(ConflictException.class, () -> c.moderate(SECOND, List.of(new StandardGrade.Given("S3",
                Grade.MET, null)), true, STANDARDS, NOW));
        c.moderate(MODERATOR, List.of(new StandardGrade.Given("S3", Grade.PARTLY_MET, "Benefit to users unclear")),
                true, STANDARDS, NOW);
        assertEquals(Moderation.Verdict.MORE_INFORMATION, c.verdict(STANDARDS));
        assertThrows(ConflictException.class, () -> c.recordOutcome(CaseOutcome.MEETS, null, null, STANDARDS, TODAY,
                NOW));
    }

    @Test
    void moreInformationGoesBackToTheRegistrantAndTheResubmissionToTheSameAssessors() {
        List<CpdActivity> log = log();
        AuditCase c = graded(allMetBut("S4", Grade.PARTLY_MET), allMetBut("S4", Grade.PARTLY_MET));
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> c.recordOutcome(
                CaseOutcome.MORE_INFORMATION, null, null, STANDARDS, TODAY, NOW));
        assertEquals(List.of("newDeadline", "note"), missing.getProblems().stream().map(FieldProblem::field).toList());
        c.recordOutcome(CaseOutcome.MORE_INFORMATION, "Show how activity 2 benefited patients", TODAY.plusDays(30),
                STANDARDS, TODAY, NOW);
        assertEquals(CaseState.MORE_INFORMATION_REQUESTED, c.getState());
        assertEquals(TODAY.plusDays(30), c.getDeadline());
        c.respond(CaseResponse.PROFILE_TO_FOLLOW, null, TODAY, NOW);
        c.draft(words(100), words(900), List.of(1L, 2L, 3L, 5L), ids(log), TODAY, NOW);
        c.submit(log, List.of(), TODAY, NOW);
        assertEquals(2, c.getRound());
        assertEquals(CaseState.UNDER_ASSESSMENT, c.getState());
        assertEquals(List.of(FIRST, SECOND), c.currentAssessments().stream().map(CaseAssessment::getAssessorId).toList());
        assertTrue(c.currentAssessments().stream().noneMatch(CaseAssessment::isGraded), "a new round, new grades");
        assertEquals(List.of(1L, 2L, 3L, 5L), c.submittedActivities().stream().filter(ProfileActivity::isChosen)
                .map(ProfileActivity::getActivityId).sorted().toList());
    }

    @Test
    void anAppealIsLodgedWithin28DaysAndDecided() {
        AuditCase notMet = graded(all(Grade.NOT_MET), all(Grade.NOT_MET));
        assertThrows(ConflictException.class, () -> notMet.lodgeAppeal("Unfair", TODAY, NOW), "no outcome yet");
        notMet.recordOutcome(CaseOutcome.DOES_NOT_MEET, "No evidence of benefit", null, STANDARDS, TODAY, NOW);
        assertThrows(ConflictException.class, () -> notMet.lodgeAppeal("Late", TODAY.plusDays(29), NOW));
        notMet.lodgeAppeal("The evidence was attached", TODAY.plusDays(28), NOW);
        assertEquals(CaseState.APPEAL_LODGED, notMet.getState());
        assertThrows(InvalidInputException.class, () -> notMet.decideAppeal(AppealDecision.UPHELD, "", null, TODAY, NOW));
        notMet.decideAppeal(AppealDecision.DISMISSED, "The evidence does not show benefit", null, TODAY, NOW);
        assertEquals(CaseState.NOT_MET, notMet.getState());
        notMet.lodgeAppeal("Again, with the letter", TODAY.plusDays(1), NOW);
        notMet.decideAppeal(AppealDecision.UPHELD, "The letter shows it", null, TODAY.plusDays(2), NOW);
        assertEquals(CaseState.MET, notMet.getState());
        assertEquals(CaseOutcome.MEETS, notMet.getOutcome());

        AuditCase lapsed = selected();
        lapsed.lapse(DEADLINE.plusDays(1), NOW);
        lapsed.lodgeAppeal("In hospital", DEADLINE.plusDays(5), NOW);
        assertThrows(InvalidInputException.class, () -> lapsed.decideAppeal(AppealDecision.UPHELD, "Seen", null,
                DEADLINE.plusDays(6), NOW), "reopening needs a new deadline");
        lapsed.decideAppeal(AppealDecision.UPHELD, "Seen", DEADLINE.plusDays(40), DEADLINE.plusDays(6), NOW);
        assertEquals(CaseState.PROFILE_TO_FOLLOW, lapsed.getState());
        assertEquals(DEADLINE.plusDays(40), lapsed.getDeadline());
    }
}
