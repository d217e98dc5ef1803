package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.healthengineering.portal.domain.recognition.Fixtures.APPLICANT;
import static org.healthengineering.portal.domain.recognition.Fixtures.APPLICANT_EMAIL;
import static org.healthengineering.portal.domain.recognition.Fixtures.DEGREE;
import static org.healthengineering.portal.domain.recognition.Fixtures.DESIGN;
import static org.healthengineering.portal.domain.recognition.Fixtures.FILE_1;
import static org.healthengineering.portal.domain.recognition.Fixtures.FILE_2;
import static org.healthengineering.portal.domain.recognition.Fixtures.FIRST_REFEREE;
import static org.healthengineering.portal.domain.recognition.Fixtures.KNOWLEDGE;
import static org.healthengineering.portal.domain.recognition.Fixtures.LEADERSHIP;
import static org.healthengineering.portal.domain.recognition.Fixtures.NOW;
import static org.healthengineering.portal.domain.recognition.Fixtures.OWN;
import static org.healthengineering.portal.domain.recognition.Fixtures.SECOND_REFEREE;
import static org.healthengineering.portal.domain.recognition.Fixtures.TODAY;
import static org.healthengineering.portal.domain.recognition.Fixtures.TOKENS;
import static org.healthengineering.portal.domain.recognition.Fixtures.fields;
import static org.healthengineering.portal.domain.recognition.Fixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationDraftTest {

    private final RecognitionScheme scheme = Fixtures.scheme(false);

    @Test
    void anApplicationStartsOnlyAtAnOpenScheme() {
        RecognitionScheme draft = RecognitionScheme.define(Fixtures.BODY, Fixtures.QUALIFICATION,
                Fixtures.terms(false), NOW);
        assertThrows(ConflictException.class, () -> RecognitionApplication.start(draft, APPLICANT, NOW));
        RecognitionApplication application = RecognitionApplication.start(scheme, APPLICANT, NOW);
        assertEquals(ApplicationState.DRAFT, application.getState());
        assertEquals(Fixtures.BODY, application.getBodyId());
        assertEquals(false, application.isRegisterConsent(), "no consent to the register by default");
    }

    @Test
    void wordsAreRunsBetweenWhiteSpace() {
        assertEquals(0, AreaStatement.words("  \n "));
        assertEquals(4, AreaStatement.words("  Risk-based maintenance\n\tof 2,000 "));
    }

    @Test
    void aDraftMayRunOverItsLimitsAndIsSavedAreaByArea() {
        RecognitionApplication application = RecognitionApplication.start(scheme, APPLICANT, NOW);
        application.saveStatements(scheme, List.of(new AreaStatement.Given(LEADERSHIP, words(350))), NOW);
        application.saveStatements(scheme, List.of(new AreaStatement.Given(KNOWLEDGE, words(20))), NOW);
        assertEquals(List.of(KNOWLEDGE, LEADERSHIP), application.getStatements().stream()
                .map(AreaStatement::getCompetencyId).toList(), "kept in the scheme's order");
        assertEquals(350, application.statement(LEADERSHIP).orElseThrow().getWordCount(), "over 300: a draft may");
        assertEquals(List.of("statements[1].text", "statements[2].text"),
                application.statementProblems(scheme).stream().map(FieldProblem::field).toList(),
                "design is missing, leadership over");
        application.saveStatements(scheme, List.of(new AreaStatement.Given(LEADERSHIP, " ")), NOW);
        assertTrue(application.statement(LEADERSHIP).isEmpty(), "a blank statement clears the area");
    }

    @Test
    void statementsAreForTheSchemesAreasEachOnce() {
        RecognitionApplication application = RecognitionApplication.start(scheme, APPLICANT, NOW);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> application.saveStatements(
                scheme, List.of(new AreaStatement.Given(999L, "text"), new AreaStatement.Given(DESIGN, "a"),
                        new AreaStatement.Given(DESIGN, "x".repeat(30_001))), NOW));
        assertEquals(List.of("statements[0].competencyId", "statements[2].competencyId", "statements[2].text"),
                fields(refused));
        assertTrue(application.getStatements().isEmpty(), "nothing saved");
    }

    @Test
    void theSubmissionNamesEveryAreaOverItsLimitWithEveryOtherProblem() {
        RecognitionApplication application = RecognitionApplication.start(scheme, APPLICANT, NOW);
        application.saveStatements(scheme, List.of(new AreaStatement.Given(KNOWLEDGE, words(501)),
                new AreaStatement.Given(LEADERSHIP, words(450))), NOW);
        application.chooseEvidence(List.of(FILE_1, DEGREE), OWN, NOW);
        application.nameReferees(scheme, List.of(FIRST_REFEREE), APPLICANT_EMAIL, NOW);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW));
        assertEquals(List.of("statements[0].text", "statements[1].text", "statements[2].text", "evidence", "referees"),
                fields(refused));
        assertEquals("Knowledge and understanding: 501 words, over the limit of 500 by 1.",
                refused.getProblems().get(0).message());
        assertEquals("Leadership and management: 450 words, over the limit of 300 by 150.",
                refused.getProblems().get(2).message());
        assertEquals(ApplicationState.DRAFT, application.getState());
    }

    @Test
    void evidenceIsTheApplicantsOwnEachOnceWithTheFilesTheSchemeAsks() {
        RecognitionApplication application = Fixtures.readyDraft(scheme);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> application.chooseEvidence(
                List.of(FILE_1, new EvidenceRef(EvidenceKind.CPD_ACTIVITY, 999L), FILE_1,
                        new EvidenceRef(null, null)), OWN, NOW));
        assertEquals(List.of("evidence[1].recordId", "evidence[2].recordId", "evidence[3].kind",
                "evidence[3].recordId"), fields(refused));
        assertEquals(3, application.getEvidence().size(), "the choice before stays");

        application.chooseEvidence(List.of(FILE_1, DEGREE), OWN, NOW);
        assertEquals(List.of("evidence"), fields(assertThrows(InvalidInputException.class,
                () -> application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW))), "one file of two");
        application.chooseEvidence(List.of(FILE_1, FILE_2, DEGREE), OWN, NOW);
        assertEquals(List.of("evidence[1].recordId", "evidence"), fields(assertThrows(InvalidInputException.class,
                () -> application.submit(scheme, Set.of(FILE_1, DEGREE), APPLICANT_EMAIL, TOKENS, TODAY, NOW))),
                "a file deleted since it was chosen");
    }

    @Test
    void refereesAreTwoDifferentPeopleNeitherTheApplicant() {
        RecognitionApplication application = RecognitionApplication.start(scheme, APPLICANT, NOW);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> application.nameReferees(
                scheme, List.of("not an address", " ADA@Example.org ", FIRST_REFEREE, "Grace@example.org"),
                APPLICANT_EMAIL, NOW));
        assertEquals(List.of("referees", "referees[0].email", "referees[1].email", "referees[3].email"),
                fields(refused));
        application.nameReferees(scheme, List.of(" Grace@Example.org"), APPLICANT_EMAIL, NOW);
        assertEquals(List.of(FIRST_REFEREE), application.getReferees().stream().map(RecognitionReferee::getEmail)
                .toList(), "kept in lower case");
        application.nameReferees(scheme, List.of(FIRST_REFEREE, SECOND_REFEREE), APPLICANT_EMAIL, NOW);
        assertEquals(List.of(1, 2), application.getReferees().stream().map(RecognitionReferee::getNumber).toList());
        assertEquals(List.of(RefereeState.NAMED, RefereeState.NAMED), application.getReferees().stream()
                .map(RecognitionReferee::getState).toList(), "invited only on submission");
        RecognitionApplication ready = Fixtures.readyDraft(scheme);
        assertEquals(List.of("referees[0].email"), fields(assertThrows(InvalidInputException.class,
                () -> ready.submit(scheme, OWN, FIRST_REFEREE, TOKENS, TODAY, NOW))),
                "the applicant's address changed to a referee's since they were named");
    }

    @Test
    void aSubmittedApplicationIsFrozenAndItsRefereesInvitedByTheHashOfTheirToken() {
        RecognitionApplication application = Fixtures.readyDraft(scheme);
        application.saveStatements(scheme, List.of(new AreaStatement.Given(DESIGN, words(499))), NOW);
        application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW);
        assertEquals(ApplicationState.AWAITING_REFEREES, application.getState());
        assertEquals(TODAY, application.getSubmittedOn());
        assertTrue(application.getReferees().stream().allMatch(r -> r.getState() == RefereeState.INVITED
                && r.getInvitedAt().equals(NOW)));
        assertEquals(FIRST_REFEREE, application.refereeByLink(Fixtures.link(FIRST_REFEREE)).getEmail());
        assertThrows(RuntimeException.class, () -> application.refereeByLink(Fixtures.token(FIRST_REFEREE)),
                "the token itself is never stored");
        assertThrows(ConflictException.class, () -> application.saveStatements(scheme,
                List.of(new AreaStatement.Given(DESIGN, "changed")), NOW));
        assertThrows(ConflictException.class, () -> application.chooseEvidence(List.of(FILE_1), OWN, NOW));
        assertThrows(ConflictException.class, () -> application.nameReferees(scheme, List.of(), APPLICANT_EMAIL,
                NOW));
        assertThrows(ConflictException.class,
                () -> application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW));
    }

    @Test
    void eachRefereeGetsATokenOfTheirOwn() {
        RecognitionApplication application = Fixtures.readyDraft(scheme);
        String same = RecognitionReferee.hash("one token");
        assertThrows(IllegalArgumentException.class,
                () -> application.submit(scheme, OWN, APPLICANT_EMAIL, email -> same, TODAY, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> application.submit(scheme, OWN, APPLICANT_EMAIL, email -> "plain " + email, TODAY, NOW),
                "a token is stored hashed, never as it is");
        assertEquals(ApplicationState.DRAFT, application.getState());
    }

    @Test
    void theHashIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                RecognitionReferee.hash("abc"));
    }

    @Test
    void aClosedSchemeTakesNoSubmissionAndStatementsOfDroppedAreasGo() {
        RecognitionApplication application = Fixtures.readyDraft(scheme);
        scheme.close(NOW);
        assertEquals("schemeId", assertThrows(ConflictException.class,
                () -> application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW)).getField());
        RecognitionScheme.Terms t = Fixtures.terms(false);
        scheme.revise(new RecognitionScheme.Terms(t.code(), t.name(), t.summary(), t.postNominal(), t.roleCode(),
                t.areas().subList(0, 2), t.criteria(), t.evidenceFilesRequired(), false, t.validityYears(),
                t.renewalRule()), false);
        scheme.open(NOW);
        application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW);
        assertEquals(List.of(KNOWLEDGE, DESIGN), application.getStatements().stream()
                .map(AreaStatement::getCompetencyId).toList());
    }
}
