package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.healthengineering.portal.domain.recognition.Fixtures.APPLICANT;
import static org.healthengineering.portal.domain.recognition.Fixtures.DESIGN;
import static org.healthengineering.portal.domain.recognition.Fixtures.FIRST_REFEREE_ACCOUNT;
import static org.healthengineering.portal.domain.recognition.Fixtures.FIRST_REVIEWER;
import static org.healthengineering.portal.domain.recognition.Fixtures.KNOWLEDGE;
import static org.healthengineering.portal.domain.recognition.Fixtures.LEADERSHIP;
import static org.healthengineering.portal.domain.recognition.Fixtures.NOW;
import static org.healthengineering.portal.domain.recognition.Fixtures.SECOND_REFEREE;
import static org.healthengineering.portal.domain.recognition.Fixtures.SECOND_REFEREE_ACCOUNT;
import static org.healthengineering.portal.domain.recognition.Fixtures.SECOND_REVIEWER;
import static org.healthengineering.portal.domain.recognition.Fixtures.allMet;
import static org.healthengineering.portal.domain.recognition.Fixtures.fields;
import static org.healthengineering.portal.domain.recognition.Fixtures.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewTest {

    private static final long THIRD_REVIEWER = 43;

    private final RecognitionScheme scheme = Fixtures.scheme(false);

    private RecognitionApplication confirmed(RecognitionScheme s) {
        RecognitionApplication application = Fixtures.submitted(s);
        application.confirmReferee(s, link(Fixtures.FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, "Yes.", NOW);
        application.confirmReferee(s, link(SECOND_REFEREE), SECOND_REFEREE_ACCOUNT, "Yes.", NOW);
        return application;
    }

    @Test
    void reviewersAreTwoDifferentPeopleNeitherTheApplicantNorAReferee() {
        RecognitionApplication application = confirmed(scheme);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> application.assignReviewers(List.of(APPLICANT, FIRST_REFEREE_ACCOUNT), NOW));
        assertEquals(List.of("reviewers[0]", "reviewers[1]"), fields(refused));
        assertEquals(List.of("reviewers", "reviewers[1]"), fields(assertThrows(InvalidInputException.class,
                () -> application.assignReviewers(List.of(FIRST_REVIEWER, FIRST_REVIEWER), NOW))));
        assertEquals(List.of("reviewers"), fields(assertThrows(InvalidInputException.class,
                () -> application.assignReviewers(List.of(FIRST_REVIEWER, SECOND_REVIEWER, THIRD_REVIEWER), NOW))));
        application.assignReviewers(List.of(FIRST_REVIEWER, SECOND_REVIEWER), NOW);
        assertEquals(List.of(FIRST_REVIEWER, SECOND_REVIEWER), application.currentReviews().stream()
                .map(RecognitionReview::getReviewerId).toList());
        assertTrue(application.isReviewer(SECOND_REVIEWER));
    }

    @Test
    void noReviewersBeforeTheRefereesHaveConfirmed() {
        RecognitionApplication application = Fixtures.submitted(scheme);
        assertThrows(ConflictException.class,
                () -> application.assignReviewers(List.of(FIRST_REVIEWER, SECOND_REVIEWER), NOW));
    }

    @Test
    void aReportDeclaresNoConflictJudgesEveryAreaAndSaysWhyAnAreaIsNotMet() {
        RecognitionApplication application = Fixtures.underReview(scheme);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> application.report(scheme,
                FIRST_REVIEWER, false, List.of(new AreaJudgement.Given(KNOWLEDGE, Grade.NOT_MET, " "),
                        new AreaJudgement.Given(LEADERSHIP, Grade.PARTLY_MET, "x".repeat(2001)),
                        new AreaJudgement.Given(999L, Grade.MET, null)), null, " ", NOW));
        assertEquals(List.of("declaredNoConflict", "judgements[0].comment", "judgements[1].grade",
                "judgements[2].comment", "judgements", "recommendation", "comment"), fields(refused));
        assertFalse(application.currentReviews().get(0).isReported());

        application.report(scheme, FIRST_REVIEWER, true, List.of(
                new AreaJudgement.Given(KNOWLEDGE, Grade.NOT_MET, "No evidence of the theory."),
                new AreaJudgement.Given(DESIGN, Grade.PARTLY_MET, null),
                new AreaJudgement.Given(LEADERSHIP, Grade.MET, null)), RecognitionOutcome.DEFER, "Promising.", NOW);
        RecognitionReview review = application.currentReviews().get(0);
        assertTrue(review.isDeclaredNoConflict());
        assertEquals(List.of(Grade.NOT_MET, Grade.PARTLY_MET, Grade.MET), review.getJudgements().stream()
                .map(AreaJudgement::getGrade).toList());
        assertEquals(ApplicationState.UNDER_REVIEW, application.getState(), "one report of two");
        assertThrows(ConflictException.class, () -> application.report(scheme, FIRST_REVIEWER, true, allMet(),
                RecognitionOutcome.AWARD, "Again.", NOW), "once per round");
        assertThrows(NotFoundException.class, () -> application.report(scheme, THIRD_REVIEWER, true, allMet(),
                RecognitionOutcome.AWARD, "Not assigned.", NOW));
    }

    @Test
    void aReviewerStepsDownBeforeReportingAndIsNotAssignedAgain() {
        RecognitionApplication application = Fixtures.underReview(scheme);
        application.report(scheme, FIRST_REVIEWER, true, allMet(), RecognitionOutcome.AWARD, "Clear.", NOW);
        assertThrows(ConflictException.class, () -> application.stepDown(FIRST_REVIEWER, NOW), "reported already");
        application.stepDown(SECOND_REVIEWER, NOW);
        assertFalse(application.isReviewer(SECOND_REVIEWER));
        assertEquals(List.of("reviewers[0]"), fields(assertThrows(InvalidInputException.class,
                () -> application.assignReviewers(List.of(SECOND_REVIEWER), NOW))));
        application.assignReviewers(List.of(THIRD_REVIEWER), NOW);
        assertEquals(List.of(FIRST_REVIEWER, THIRD_REVIEWER), application.currentReviews().stream()
                .map(RecognitionReview::getReviewerId).toList(), "the reviewer who reported stays");
        assertEquals(3, application.getReviews().size(), "the step down stays on record");
        application.report(scheme, THIRD_REVIEWER, true, allMet(), RecognitionOutcome.AWARD, "Agreed.", NOW);
        assertEquals(ApplicationState.WITH_PANEL, application.getState(), "no interview: straight to the panel");
        assertThrows(ConflictException.class, () -> application.assignReviewers(List.of(SECOND_REVIEWER), NOW));
    }

    @Test
    void anUnreportedReviewerIsReplaced() {
        RecognitionApplication application = Fixtures.underReview(scheme);
        application.assignReviewers(List.of(FIRST_REVIEWER, THIRD_REVIEWER), NOW);
        assertEquals(List.of(FIRST_REVIEWER, THIRD_REVIEWER), application.currentReviews().stream()
                .map(RecognitionReview::getReviewerId).toList());
        assertEquals(2, application.getReviews().size());
    }

    @Test
    void anInterviewOnlyWhereTheSchemeHoldsOne() {
        RecognitionApplication application = Fixtures.underReview(scheme);
        Fixtures.reportBoth(application, scheme);
        assertThrows(ConflictException.class, () -> application.scheduleInterview(scheme,
                NOW.plusSeconds(86_400), "Room 4", List.of(60L, 61L), NOW));
    }

    @Test
    void anInterviewIsArrangedAfterBothReviewsAndReportedAfterItTookPlace() {
        RecognitionScheme interviewing = Fixtures.scheme(true);
        RecognitionApplication application = Fixtures.underReview(interviewing);
        Instant tomorrow = NOW.plusSeconds(86_400);
        assertThrows(ConflictException.class, () -> application.scheduleInterview(interviewing, tomorrow, "Room 4",
                List.of(60L, 61L), NOW), "no reviews yet");
        application.report(interviewing, FIRST_REVIEWER, true, allMet(), RecognitionOutcome.AWARD, "Clear.", NOW);
        assertThrows(ConflictException.class, () -> application.scheduleInterview(interviewing, tomorrow, "Room 4",
                List.of(60L, 61L), NOW), "one review of two");
        application.report(interviewing, SECOND_REVIEWER, true, allMet(), RecognitionOutcome.AWARD, "Agreed.", NOW);
        assertEquals(ApplicationState.UNDER_REVIEW, application.getState());
        assertTrue(application.awaitsInterview());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> application
                .scheduleInterview(interviewing, NOW, " ", List.of(APPLICANT), NOW));
        assertEquals(List.of("startsAt", "place", "panel", "panel[0]"), fields(refused));
        assertEquals(List.of("panel[1]", "panel[2]"), fields(assertThrows(InvalidInputException.class,
                () -> application.scheduleInterview(interviewing, tomorrow, "Room 4",
                        List.of(60L, SECOND_REFEREE_ACCOUNT, 60L), NOW))));
        application.scheduleInterview(interviewing, tomorrow, "Room 4", List.of(60L, FIRST_REVIEWER), NOW);
        assertEquals(ApplicationState.INTERVIEW_SCHEDULED, application.getState());
        application.scheduleInterview(interviewing, tomorrow.plusSeconds(3600), "https://meet.example.org/x",
                List.of(60L, 61L), NOW);
        assertEquals(1, application.getInterviews().size(), "moved, not doubled");
        assertEquals(List.of(60L, 61L), application.currentInterview().orElseThrow().getPanel());

        Instant after = tomorrow.plusSeconds(7200);
        assertThrows(NotFoundException.class, () -> application.reportInterview(FIRST_REVIEWER, "Report.",
                RecognitionOutcome.AWARD, after), "no longer on the panel");
        assertThrows(ConflictException.class, () -> application.reportInterview(60L, "Report.",
                RecognitionOutcome.AWARD, NOW), "before it took place");
        assertEquals(List.of("report", "recommendation"), fields(assertThrows(InvalidInputException.class,
                () -> application.reportInterview(60L, "", null, after))));
        application.reportInterview(60L, "Strong on leadership.", RecognitionOutcome.AWARD, after);
        assertEquals(ApplicationState.WITH_PANEL, application.getState());
        assertEquals(60L, application.currentInterview().orElseThrow().getReportedBy());
    }
}
