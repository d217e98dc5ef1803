package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 2);
    private static final List<String> CRITERIA = List.of("Outcomes mapped", "Hours evidenced");
    private static final Set<Long> MEMBERS = Set.of(90L);
    private static final String CODE = "TEST-2026-00001";

    private static CourseContent content(CourseKind kind, List<CourseSession> sessions) {
        return new CourseContent("Infusion pump safety", kind, "Two days on infusion devices.", "Clinical engineers",
                Delivery.IN_PERSON, "Leeds", "Two senior clinical scientists", "A practical test",
                "Feedback forms at 1 and 3 months", true, "Sponsored by a manufacturer; no product content",
                sessions, List.of(new CourseContent.Outcome("Set up a pump safely", 11L, 3)));
    }

    private static List<CourseSession> twoDays() {
        return List.of(new CourseSession(LocalDate.of(2026, 3, 10), new BigDecimal("8"), new BigDecimal("1")),
                new CourseSession(LocalDate.of(2026, 3, 11), new BigDecimal("4"), BigDecimal.ZERO));
    }

    private static Course underReview(CourseKind kind, long... reviewers) {
        Course course = Course.draft(1, 2, content(kind, twoDays()), NOW);
        course.submit(SUBMITTED_ON, NOW);
        course.checkAdministratively(true, null, NOW);
        course.assignReviewers(java.util.Arrays.stream(reviewers).boxed().toList(), MEMBERS, NOW);
        return course;
    }

    private static void reviewAll(Course course, CourseDecision recommendation, long... reviewers) {
        for (long reviewer : reviewers) {
            course.review(reviewer, true, List.of(new Course.JudgementInput("Outcomes mapped", Grade.MET, null),
                    new Course.JudgementInput("Hours evidenced", Grade.PARTLY_MET, "Timetable thin")),
                    recommendation, "Sound course", CRITERIA, NOW);
        }
    }

    private static Course approved() {
        Course course = underReview(CourseKind.COURSE, 7);
        reviewAll(course, CourseDecision.APPROVED, 7);
        course.decide(new Course.DecisionInput(CourseDecision.APPROVED, null, SUBMITTED_ON,
                LocalDate.of(2029, 3, 1), List.of()), new BigDecimal("6"), CODE, SUBMITTED_ON, NOW);
        return course;
    }

    private static CompletionRow row(int index, LocalDate completedOn, BigDecimal hours) {
        return new CompletionRow("rows[" + index + "].", "ada@example.org", completedOn, hours);
    }

    @Test
    void aDraftListsEveryProblemAtOnce() {
        CourseContent empty = new CourseContent(" ", null, null, null, Delivery.IN_PERSON,
                null, null, null, null, true, null,
                List.of(new CourseSession(null, new BigDecimal("0.3"), null)),
                List.of(new CourseContent.Outcome("", null, 0)));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Course.draft(1, 2, empty, NOW));
        List<String> fields = refused.getProblems().stream().map(FieldProblem::field).toList();
        assertEquals(List.of("title", "kind", "summary", "audience", "location", "faculty", "assessmentMethod",
                "evaluationMethod", "sponsorship", "sessions[0].day", "sessions[0].contactHours", "outcomes[0].text",
                "outcomes[0].competency", "outcomes[0].level"), fields);
    }

    @Test
    void aSubmittedCourseIsFrozenAndAnIncompleteOneGoesBackAsADraft() {
        Course course = Course.draft(1, 2, content(CourseKind.EVENT, twoDays()), NOW);
        course.revise(content(CourseKind.COURSE, twoDays()));
        course.submit(SUBMITTED_ON, NOW);
        assertEquals(CourseStatus.SUBMITTED, course.getStatus());
        assertThrows(ConflictException.class, () -> course.revise(content(CourseKind.COURSE, twoDays())));
        assertThrows(InvalidInputException.class, () -> course.checkAdministratively(false, " ", NOW),
                "a return says what is missing");
        course.checkAdministratively(false, "The timetable is missing.", NOW);
        assertEquals(CourseStatus.DRAFT, course.getStatus());
        course.revise(content(CourseKind.COURSE, twoDays()));
        course.submit(SUBMITTED_ON.plusDays(3), NOW);
        assertEquals(SUBMITTED_ON, course.getFirstSubmittedOn(), "the first submission counts against retrospection");
    }

    @Test
    void reviewersAreAssignedDeclareNoConflictAndJudgeEveryCriterion() {
        assertThrows(InvalidInputException.class, () -> underReview(CourseKind.PROGRAMME, 7),
                "a programme needs two reviewers");
        assertThrows(InvalidInputException.class, () -> underReview(CourseKind.COURSE, 90),
                "a member of the provider never reviews");
        Course course = underReview(CourseKind.PROGRAMME, 7, 8);
        assertThrows(NotFoundException.class, () -> reviewAll(course, CourseDecision.APPROVED, 9),
                "a person not assigned finds no course");
        InvalidInputException undeclared = assertThrows(InvalidInputException.class, () -> course.review(7, false,
                List.of(new Course.JudgementInput("Outcomes mapped", Grade.MET, null)), null, null, CRITERIA, NOW));
        assertEquals(List.of("declaredNoConflict", "judgements[1].grade", "recommendation"),
                undeclared.getProblems().stream().map(FieldProblem::field).toList());
        course.stepDown(8);
        course.assignReviewers(List.of(7L, 9L), MEMBERS, NOW);
        reviewAll(course, CourseDecision.APPROVED, 7);
        assertThrows(ConflictException.class, () -> reviewAll(course, CourseDecision.APPROVED, 7), "once per round");
        assertFalse(course.reviewsComplete());
        assertThrows(ConflictException.class, () -> course.decide(new Course.DecisionInput(CourseDecision.APPROVED,
                null, SUBMITTED_ON, SUBMITTED_ON.plusYears(1), List.of()), null, CODE, SUBMITTED_ON, NOW));
        reviewAll(course, CourseDecision.REFUSED, 9);
        assertTrue(course.reviewsComplete());
        assertEquals(List.of(7L, 9L), course.currentReviews().stream().map(CourseReview::getReviewerId).toList());
    }

    @Test
    void anApprovalCarriesCappedCreditACodeAndAValidity() {
        Course course = approved();
        assertEquals(CourseStatus.APPROVED, course.getStatus());
        assertEquals(CODE, course.getApprovalCode());
        assertEquals(0, new BigDecimal("10").compareTo(course.getCredits()), "7 capped at 6, plus 4");
        assertTrue(course.accreditedOn(SUBMITTED_ON));
        assertFalse(course.accreditedOn(SUBMITTED_ON.minusDays(1)));
        assertFalse(course.accreditedOn(LocalDate.of(2029, 3, 2)));
    }

    @Test
    void noRetrospectiveApprovalAndAValidityOfAtMostFiveYears() {
        Course past = Course.draft(1, 2, content(CourseKind.EVENT,
                List.of(new CourseSession(LocalDate.of(2026, 1, 5), new BigDecimal("3"), null))), NOW);
        past.submit(SUBMITTED_ON, NOW);
        past.checkAdministratively(true, null, NOW);
        past.assignReviewers(List.of(7L), MEMBERS, NOW);
        reviewAll(past, CourseDecision.APPROVED, 7);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> past.decide(
                new Course.DecisionInput(CourseDecision.APPROVED, null, SUBMITTED_ON.minusDays(1),
                        SUBMITTED_ON.plusYears(6), List.of()), null, CODE, SUBMITTED_ON, NOW));
        assertEquals(List.of("decision", "validFrom", "validUntil"),
                refused.getProblems().stream().map(FieldProblem::field).toList());
        assertTrue(refused.getProblems().get(0).message().contains("retrospective"));
    }

    @Test
    void conditionsAreAnsweredAndSignedOffThenTheApprovalIsPlain() {
        Course course = underReview(CourseKind.COURSE, 7);
        reviewAll(course, CourseDecision.APPROVED_WITH_CONDITIONS, 7);
        InvalidInputException noConditions = assertThrows(InvalidInputException.class, () -> course.decide(
                new Course.DecisionInput(CourseDecision.APPROVED_WITH_CONDITIONS, "Needs work", SUBMITTED_ON,
                        SUBMITTED_ON.plusYears(3), List.of()), null, CODE, SUBMITTED_ON, NOW));
        assertEquals("conditions", noConditions.getProblems().get(0).field());
        course.decide(new Course.DecisionInput(CourseDecision.APPROVED_WITH_CONDITIONS, "Publish the timetable",
                SUBMITTED_ON, SUBMITTED_ON.plusYears(3), List.of(new Course.ConditionInput("Publish the timetable",
                SUBMITTED_ON.plusMonths(2)))), null, CODE, SUBMITTED_ON, NOW);
        assertEquals(CourseStatus.APPROVED_WITH_CONDITIONS, course.getStatus());
        assertTrue(course.accreditedOn(SUBMITTED_ON), "an approval with conditions is an approval");
        assertThrows(ConflictException.class, () -> course.signOffCondition(1, 5, NOW), "not answered yet");
        assertThrows(NotFoundException.class, () -> course.respondToCondition(2, "Done", NOW));
        assertTrue(course.hasOverdueConditions(SUBMITTED_ON.plusMonths(3)));
        course.respondToCondition(1, "Published on our site", NOW);
        course.signOffCondition(1, 5, NOW);
        assertEquals(CourseStatus.APPROVED, course.getStatus());
        assertFalse(course.hasOverdueConditions(SUBMITTED_ON.plusMonths(3)));
    }

    @Test
    void annualReturnsOpenNearEachAnniversaryAndAreFlaggedWhenLate() {
        Course course = approved();
        assertThrows(ConflictException.class, () -> course.fileAnnualReturn(2, 30, "Good", null, 90,
                SUBMITTED_ON.plusMonths(6), NOW), "not open yet");
        assertEquals(List.of(), course.overdueReturns(SUBMITTED_ON.plusYears(1)));
        assertEquals(List.of(1), course.overdueReturns(SUBMITTED_ON.plusYears(1).plusDays(31)));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> course.fileAnnualReturn(-1, null,
                " ", null, 90, SUBMITTED_ON.plusYears(1), NOW));
        assertEquals(3, bad.getProblems().size());
        AnnualReturn first = course.fileAnnualReturn(2, 30, "Rated 4.6 of 5", "New faculty member", 90,
                SUBMITTED_ON.plusYears(1).plusDays(40), NOW);
        assertEquals(1, first.getYearNumber());
        assertEquals(List.of(), course.overdueReturns(SUBMITTED_ON.plusYears(1).plusDays(40)));
        assertEquals(List.of(2), course.overdueReturns(SUBMITTED_ON.plusYears(2).plusDays(31)));
    }

    @Test
    void aWithdrawalKeepsEarlierCompletionsValid() {
        Course course = approved();
        LocalDate effective = LocalDate.of(2027, 6, 1);
        assertThrows(InvalidInputException.class, () -> course.withdraw("Faculty left", LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 20)), "not in the past");
        course.withdraw("Faculty left", effective, LocalDate.of(2027, 5, 20));
        assertEquals(CourseStatus.WITHDRAWN, course.getStatus());
        assertTrue(course.accreditedOn(effective.minusDays(1)));
        assertFalse(course.accreditedOn(effective));
        assertTrue(course.completionProblem(row(0, effective, BigDecimal.ONE), effective).orElseThrow().message()
                .contains("ended"));
        assertTrue(course.completionProblem(row(0, effective.minusDays(1), BigDecimal.ONE), effective).isEmpty());
        assertThrows(ConflictException.class, () -> course.withdraw("Again", effective, effective));
    }

    @Test
    void completionsAreRefusedOutsideValidityInTheFutureOrAboveTheCredit() {
        Course course = approved();
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertEquals("rows[4].completedOn", course.completionProblem(row(4, SUBMITTED_ON.minusDays(1), BigDecimal.ONE),
                today).orElseThrow().field());
        assertTrue(course.completionProblem(row(0, today.plusDays(1), BigDecimal.ONE), today).orElseThrow().message()
                .contains("future"));
        assertEquals("rows[0].hours", course.completionProblem(row(0, today, new BigDecimal("10.25")), today)
                .orElseThrow().field());
        assertTrue(course.completionProblem(row(0, today, new BigDecimal("10")), today).isEmpty());
    }

    @Test
    void anApprovalExpiresAfterItsValidity() {
        Course course = approved();
        assertFalse(course.expireIfDue(LocalDate.of(2029, 3, 1)));
        assertTrue(course.expireIfDue(LocalDate.of(2029, 3, 2)));
        assertEquals(CourseStatus.EXPIRED, course.getStatus());
        assertEquals(List.of(), course.overdueReturns(LocalDate.of(2030, 1, 1)), "an expired course owes nothing");
    }

    @Test
    void aRefusalMayBeAppealedOnceAndAnUpheldAppealStartsANewRound() {
        Course course = underReview(CourseKind.EVENT, 7);
        reviewAll(course, CourseDecision.REFUSED, 7);
        course.decide(new Course.DecisionInput(CourseDecision.REFUSED, "Outcomes not mapped", null, null, null),
                null, CODE, SUBMITTED_ON, NOW);
        assertNull(course.getApprovalCode());
        course.lodgeAppeal("The outcomes are mapped in the appendix", 90, NOW);
        assertThrows(ConflictException.class, () -> course.lodgeAppeal("Again", 90, NOW));
        course.decideAppeal(AppealOutcome.UPHELD, "The appendix was missed", 5, NOW.plusSeconds(60));
        assertEquals(CourseStatus.UNDER_REVIEW, course.getStatus());
        assertEquals(2, course.getRound());
        assertEquals(List.of(), course.currentReviews(), "a new round has new reviewers");
    }

    @Test
    void aChangeNoticeGoesBackToReviewAndTheApprovalHoldsMeanwhile() {
        Course course = approved();
        assertThrows(ConflictException.class, () -> course.revise(content(CourseKind.COURSE, twoDays())));
        course.noticeChange(content(CourseKind.COURSE, twoDays()), "A third trainer joins", NOW);
        assertEquals(CourseStatus.UNDER_REVIEW, course.getStatus());
        assertTrue(course.accreditedOn(SUBMITTED_ON.plusDays(10)));
        course.assignReviewers(List.of(8L), MEMBERS, NOW);
        reviewAll(course, CourseDecision.REFUSED, 8);
        LocalDate decided = LocalDate.of(2026, 5, 1);
        course.decide(new Course.DecisionInput(CourseDecision.REFUSED, "The new trainer is unqualified", null, null,
                null), null, "UNUSED", decided, NOW);
        assertEquals(CODE, course.getApprovalCode(), "the code stays with the course");
        assertTrue(course.accreditedOn(decided.minusDays(1)));
        assertFalse(course.accreditedOn(decided), "a refused change ends the accreditation from the decision");
    }
}
