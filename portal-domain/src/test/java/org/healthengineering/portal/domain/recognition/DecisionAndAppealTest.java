package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.HeldStatus;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.healthengineering.portal.domain.recognition.Fixtures.ADMIN;
import static org.healthengineering.portal.domain.recognition.Fixtures.APPLICANT;
import static org.healthengineering.portal.domain.recognition.Fixtures.FIRST_REFEREE_ACCOUNT;
import static org.healthengineering.portal.domain.recognition.Fixtures.NOW;
import static org.healthengineering.portal.domain.recognition.Fixtures.QUALIFICATION;
import static org.healthengineering.portal.domain.recognition.Fixtures.TODAY;
import static org.healthengineering.portal.domain.recognition.Fixtures.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecisionAndAppealTest {

    private static final LocalDate DECIDED = TODAY.plusMonths(2);

    private final RecognitionScheme scheme = Fixtures.scheme(false);
    private final RecognitionApplication application = Fixtures.withPanel(scheme);

    private void decide(RecognitionOutcome outcome, LocalDate awardedOn, String note, LocalDate today) {
        application.decide(scheme, new RecognitionApplication.Decision(outcome, awardedOn, note), ADMIN, today, NOW);
    }

    @Test
    void eachDecisionCarriesWhatItNeeds() {
        assertEquals(List.of("outcome"), fields(assertThrows(InvalidInputException.class,
                () -> decide(null, null, null, DECIDED))));
        assertEquals(List.of("note"), fields(assertThrows(InvalidInputException.class,
                () -> decide(RecognitionOutcome.DEFER, null, " ", DECIDED))), "a deferral gives feedback");
        assertEquals(List.of("note"), fields(assertThrows(InvalidInputException.class,
                () -> decide(RecognitionOutcome.REFUSE, null, null, DECIDED))), "a refusal gives reasons");
        assertEquals(List.of("note", "awardedOn"), fields(assertThrows(InvalidInputException.class,
                () -> decide(RecognitionOutcome.REFUSE, DECIDED, "x".repeat(8001), DECIDED))));
        assertEquals(List.of("awardedOn"), fields(assertThrows(InvalidInputException.class,
                () -> decide(RecognitionOutcome.AWARD, null, null, DECIDED))));
        assertEquals(List.of("awardedOn"), fields(assertThrows(InvalidInputException.class,
                () -> decide(RecognitionOutcome.AWARD, DECIDED.plusDays(1), null, DECIDED))), "not in the future");
        assertEquals(List.of("awardedOn"), fields(assertThrows(InvalidInputException.class,
                () -> decide(RecognitionOutcome.AWARD, TODAY.minusDays(1), null, DECIDED))), "not before submission");
        assertThrows(InvalidInputException.class, () -> application.decide(scheme, null, ADMIN, DECIDED, NOW));
        assertEquals(ApplicationState.WITH_PANEL, application.getState());
        assertEquals(0, application.getDecisionNumber());
    }

    @Test
    void nobodyDecidesTheirOwnApplicationOrOneTheyReferee() {
        assertThrows(ConflictException.class, () -> application.decide(scheme, new RecognitionApplication.Decision(
                RecognitionOutcome.AWARD, DECIDED, null), APPLICANT, DECIDED, NOW));
        assertThrows(ConflictException.class, () -> application.decide(scheme, new RecognitionApplication.Decision(
                RecognitionOutcome.AWARD, DECIDED, null), FIRST_REFEREE_ACCOUNT, DECIDED, NOW));
    }

    @Test
    void thePanelDecidesOnlyOnceTheReviewsAreIn() {
        RecognitionApplication early = Fixtures.underReview(scheme);
        assertThrows(ConflictException.class, () -> early.decide(scheme, new RecognitionApplication.Decision(
                RecognitionOutcome.AWARD, DECIDED, null), ADMIN, DECIDED, NOW));
    }

    @Test
    void anAwardLastsTheSchemesValidityAndBecomesAVerifiedHeldQualification() {
        decide(RecognitionOutcome.AWARD, LocalDate.of(2026, 5, 1), null, DECIDED);
        assertEquals(ApplicationState.AWARDED, application.getState());
        assertEquals(LocalDate.of(2031, 5, 1), application.getValidUntil(), "five years");
        assertEquals(1, application.getDecisionNumber());
        assertEquals(ADMIN, application.getDecidedBy());
        assertThrows(ConflictException.class, () -> application.lodgeAppeal("Why not sooner?", DECIDED, NOW),
                "an award is not appealed");
        assertThrows(ConflictException.class, () -> application.withdraw(null, NOW), "decided");

        HeldQualification held = application.heldQualification(scheme, ADMIN, DECIDED, NOW);
        assertEquals(APPLICANT, held.getAccountId());
        assertEquals(QUALIFICATION, held.getQualificationId());
        assertEquals(LocalDate.of(2026, 5, 1), held.getAwardedOn());
        assertEquals(LocalDate.of(2031, 5, 1), held.getExpiresOn());
        assertEquals(ADMIN, held.getVerifiedBy());
        assertEquals(HeldStatus.VERIFIED, held.status(DECIDED));
        assertEquals(HeldStatus.EXPIRED, held.status(LocalDate.of(2031, 5, 2)));
        application.heldAs(900);
        assertThrows(ConflictException.class, () -> application.heldQualification(scheme, ADMIN, DECIDED, NOW),
                "one award, one held qualification");
    }

    @Test
    void onlyAnAwardBecomesAQualification() {
        decide(RecognitionOutcome.REFUSE, null, "Not enough leadership.", DECIDED);
        assertThrows(ConflictException.class, () -> application.heldQualification(scheme, ADMIN, DECIDED, NOW));
    }

    @Test
    void anAppealIsLodgedWithin28DaysOncePerDecision() {
        decide(RecognitionOutcome.REFUSE, null, "Not enough leadership.", DECIDED);
        assertEquals(ApplicationState.REFUSED, application.getState());
        assertEquals(DECIDED.plusDays(28), application.appealDeadline());
        assertThrows(ConflictException.class, () -> application.lodgeAppeal("Too late?", DECIDED.plusDays(29), NOW));
        assertThrows(InvalidInputException.class, () -> application.lodgeAppeal(" ", DECIDED.plusDays(28), NOW));
        application.lodgeAppeal("The reviewers missed my evidence file 2.", DECIDED.plusDays(28), NOW);
        assertEquals(ApplicationState.APPEAL_LODGED, application.getState());
        assertThrows(ConflictException.class, () -> application.lodgeAppeal("Again.", DECIDED.plusDays(28), NOW));
        assertThrows(ConflictException.class, () -> application.withdraw(null, NOW), "the panel has decided");

        assertEquals(List.of("decision", "reason"), fields(assertThrows(InvalidInputException.class,
                () -> application.decideAppeal(null, null, ADMIN, NOW))));
        assertThrows(ConflictException.class, () -> application.decideAppeal(AppealDecision.UPHELD, "Mine.",
                APPLICANT, NOW));
        application.decideAppeal(AppealDecision.DISMISSED, "The file was read.", ADMIN, NOW);
        assertEquals(ApplicationState.REFUSED, application.getState(), "the refusal stands");
        assertEquals(AppealDecision.DISMISSED, application.getAppeals().get(0).getDecision());
        assertThrows(ConflictException.class, () -> application.lodgeAppeal("Once more.", DECIDED.plusDays(1), NOW),
                "once per decision");
        assertThrows(ConflictException.class, () -> application.decideAppeal(AppealDecision.UPHELD, "No.", ADMIN,
                NOW), "nothing to decide");
    }

    @Test
    void anUpheldAppealGoesBackToThePanelForANewDecisionWhichMayBeAppealedInTurn() {
        decide(RecognitionOutcome.DEFER, null, "Lead a project for a year, then apply again.", DECIDED);
        assertEquals(ApplicationState.DEFERRED, application.getState());
        application.lodgeAppeal("I have led three.", DECIDED.plusDays(3), NOW);
        application.decideAppeal(AppealDecision.UPHELD, "The projects were overlooked.", ADMIN, NOW);
        assertEquals(ApplicationState.WITH_PANEL, application.getState());

        LocalDate second = DECIDED.plusDays(20);
        decide(RecognitionOutcome.DEFER, null, "Show the outcomes of the projects.", second);
        assertEquals(2, application.getDecisionNumber());
        application.lodgeAppeal("They are in file 2.", second.plusDays(28), NOW);
        assertEquals(List.of(1, 2), application.getAppeals().stream().map(RecognitionAppeal::getDecisionNumber)
                .toList());
        application.decideAppeal(AppealDecision.UPHELD, "They are.", ADMIN, NOW);
        decide(RecognitionOutcome.AWARD, second, null, second.plusDays(40));
        assertEquals(second.plusYears(5), application.getValidUntil());
    }

    @Test
    void thePanelMayReferAnApplicationBackForAFreshRound() {
        assertThrows(InvalidInputException.class, () -> application.referBack(" ", NOW));
        application.referBack("Review the leadership evidence afresh.", NOW);
        assertEquals(ApplicationState.UNDER_REVIEW, application.getState());
        assertEquals(2, application.getRound());
        assertEquals(List.of(), application.currentReviews());
        application.assignReviewers(List.of(Fixtures.FIRST_REVIEWER, 44L), NOW);
        application.report(scheme, Fixtures.FIRST_REVIEWER, true, Fixtures.allMet(), RecognitionOutcome.AWARD,
                "Still clear.", NOW);
        assertThrows(NotFoundException.class, () -> application.report(scheme, Fixtures.SECOND_REVIEWER, true,
                Fixtures.allMet(), RecognitionOutcome.AWARD, "Fine.", NOW), "a reviewer of round 1 only");
        assertEquals(ApplicationState.UNDER_REVIEW, application.getState(), "44 has not reported yet");
        application.report(scheme, 44L, true, Fixtures.allMet(), RecognitionOutcome.AWARD, "Fine.", NOW);
        assertEquals(ApplicationState.WITH_PANEL, application.getState());
        assertEquals(4, application.getReviews().size(), "round 1's reviews stay on record");
    }

    @Test
    void theApplicantWithdrawsUntilThePanelDecides() {
        RecognitionApplication draft = Fixtures.readyDraft(scheme);
        draft.withdraw(null, NOW);
        assertEquals(ApplicationState.WITHDRAWN, draft.getState());
        assertNull(draft.getWithdrawalReason());
        assertThrows(ConflictException.class, () -> draft.withdraw(null, NOW), "withdrawn already");
        assertThrows(InvalidInputException.class, () -> application.withdraw("x".repeat(2001), NOW));
        application.withdraw(" Moving abroad. ", NOW);
        assertEquals("Moving abroad.", application.getWithdrawalReason());
        assertThrows(ConflictException.class, () -> decide(RecognitionOutcome.AWARD, DECIDED, null, DECIDED));
    }
}
