package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.healthengineering.portal.domain.recognition.Fixtures.APPLICANT;
import static org.healthengineering.portal.domain.recognition.Fixtures.APPLICANT_EMAIL;
import static org.healthengineering.portal.domain.recognition.Fixtures.FIRST_REFEREE;
import static org.healthengineering.portal.domain.recognition.Fixtures.FIRST_REFEREE_ACCOUNT;
import static org.healthengineering.portal.domain.recognition.Fixtures.NOW;
import static org.healthengineering.portal.domain.recognition.Fixtures.SECOND_REFEREE;
import static org.healthengineering.portal.domain.recognition.Fixtures.SECOND_REFEREE_ACCOUNT;
import static org.healthengineering.portal.domain.recognition.Fixtures.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RefereesTest {

    private static final String THIRD_REFEREE = "alan@example.org";
    private static final long THIRD_REFEREE_ACCOUNT = 33;

    private final RecognitionScheme scheme = Fixtures.scheme(false);
    private final RecognitionApplication application = Fixtures.submitted(scheme);

    @Test
    void bothRefereesConfirmingSendTheApplicationToReview() {
        application.confirmReferee(scheme, link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, "Worked with her.", NOW);
        assertEquals(ApplicationState.AWAITING_REFEREES, application.getState(), "one of two");
        assertEquals(0, application.getRound());
        application.confirmReferee(scheme, link(SECOND_REFEREE), SECOND_REFEREE_ACCOUNT, "Her manager.", NOW);
        assertEquals(ApplicationState.UNDER_REVIEW, application.getState());
        assertEquals(1, application.getRound());
        assertEquals(Set.of(FIRST_REFEREE_ACCOUNT, SECOND_REFEREE_ACCOUNT), application.refereeAccounts());
        RecognitionReferee first = application.getReferees().get(0);
        assertEquals(RefereeState.CONFIRMED, first.getState());
        assertEquals("Worked with her.", first.getStatement());
        assertEquals(NOW, first.getAnsweredAt());
    }

    @Test
    void aRefereeAnswersOnceWithAStatementOrAReason() {
        assertEquals("statement", assertThrows(InvalidInputException.class, () -> application.confirmReferee(scheme,
                link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, " ", NOW)).getProblems().get(0).field());
        assertThrows(InvalidInputException.class, () -> application.confirmReferee(scheme, link(FIRST_REFEREE),
                FIRST_REFEREE_ACCOUNT, "x".repeat(4001), NOW));
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> application.declineReferee(
                link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, null, NOW)).getProblems().get(0).field());
        application.declineReferee(link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, "I do not know her work well.", NOW);
        assertThrows(ConflictException.class, () -> application.confirmReferee(scheme, link(FIRST_REFEREE),
                FIRST_REFEREE_ACCOUNT, "Changed my mind.", NOW), "answered already");
        assertThrows(NotFoundException.class, () -> application.confirmReferee(scheme,
                RecognitionReferee.hash("a guessed token"), FIRST_REFEREE_ACCOUNT, "Yes.", NOW));
    }

    @Test
    void theApplicantIsNeverTheirOwnRefereeNorOnePersonBothReferees() {
        assertThrows(ConflictException.class, () -> application.confirmReferee(scheme, link(FIRST_REFEREE), APPLICANT,
                "I vouch for myself.", NOW));
        application.confirmReferee(scheme, link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, "Yes.", NOW);
        assertThrows(ConflictException.class, () -> application.confirmReferee(scheme, link(SECOND_REFEREE),
                FIRST_REFEREE_ACCOUNT, "Yes again, from my other address.", NOW));
        assertEquals(ApplicationState.AWAITING_REFEREES, application.getState());
    }

    @Test
    void aRefereeWhoDeclinesIsReplacedBySomeoneNotAskedBefore() {
        String newLink = link(THIRD_REFEREE);
        assertThrows(ConflictException.class, () -> application.replaceDeclinedReferee(scheme, THIRD_REFEREE,
                newLink, APPLICANT_EMAIL, NOW), "nobody has declined");
        application.declineReferee(link(SECOND_REFEREE), SECOND_REFEREE_ACCOUNT, "Retired.", NOW);
        assertThrows(InvalidInputException.class, () -> application.replaceDeclinedReferee(scheme, SECOND_REFEREE,
                newLink, APPLICANT_EMAIL, NOW), "asked already");
        assertThrows(InvalidInputException.class, () -> application.replaceDeclinedReferee(scheme, FIRST_REFEREE,
                newLink, APPLICANT_EMAIL, NOW), "the other referee");
        assertThrows(InvalidInputException.class, () -> application.replaceDeclinedReferee(scheme, "Ada@example.org",
                newLink, APPLICANT_EMAIL, NOW), "the applicant");
        RecognitionReferee third = application.replaceDeclinedReferee(scheme, " Alan@Example.org", newLink,
                APPLICANT_EMAIL, NOW);
        assertEquals(3, third.getNumber());
        assertEquals(RefereeState.INVITED, third.getState());
        assertThrows(ConflictException.class, () -> application.replaceDeclinedReferee(scheme, "joan@example.org",
                link("joan@example.org"), APPLICANT_EMAIL, NOW), "two referees again");

        application.confirmReferee(scheme, link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, "Yes.", NOW);
        application.confirmReferee(scheme, newLink, THIRD_REFEREE_ACCOUNT, "Yes.", NOW);
        assertEquals(ApplicationState.UNDER_REVIEW, application.getState());
        assertEquals(List.of(RefereeState.CONFIRMED, RefereeState.DECLINED, RefereeState.CONFIRMED),
                application.getReferees().stream().map(RecognitionReferee::getState).toList(),
                "the one who declined stays on record");
        assertThrows(ConflictException.class, () -> application.replaceDeclinedReferee(scheme, "joan@example.org",
                link("joan@example.org"), APPLICANT_EMAIL, NOW), "referees no longer change under review");
    }

    @Test
    void noReferenceIsTakenOnceTheApplicationIsWithdrawn() {
        application.withdraw(null, NOW);
        assertThrows(ConflictException.class, () -> application.confirmReferee(scheme, link(FIRST_REFEREE),
                FIRST_REFEREE_ACCOUNT, "Yes.", NOW));
    }
}
