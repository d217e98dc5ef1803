package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;

import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.eligibility.CpdCycle;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A scheme and an application at each step of the way, for the recognition tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final long BODY = 5;
    static final long QUALIFICATION = 70;
    static final long APPLICANT = 10;
    static final String APPLICANT_EMAIL = "ada@example.org";
    static final long KNOWLEDGE = 101;
    static final long DESIGN = 102;
    static final long LEADERSHIP = 103;
    static final String FIRST_REFEREE = "grace@example.org";
    static final String SECOND_REFEREE = "tim@example.org";
    static final long FIRST_REFEREE_ACCOUNT = 31;
    static final long SECOND_REFEREE_ACCOUNT = 32;
    static final long FIRST_REVIEWER = 41;
    static final long SECOND_REVIEWER = 42;
    static final long ADMIN = 50;
    static final EvidenceRef FILE_1 = new EvidenceRef(EvidenceKind.EVIDENCE_FILE, 201L);
    static final EvidenceRef FILE_2 = new EvidenceRef(EvidenceKind.EVIDENCE_FILE, 202L);
    static final EvidenceRef DEGREE = new EvidenceRef(EvidenceKind.HELD_QUALIFICATION, 301L);
    static final Set<EvidenceRef> OWN = Set.of(FILE_1, FILE_2, DEGREE);

    private Fixtures() {
    }

    static RecognitionScheme.Terms terms(boolean interview) {
        return new RecognitionScheme.Terms("che-r", "Chief Healthcare Engineer (recognised)",
                "For engineers who lead a hospital's medical technology.", "CHE(R)", "CHE",
                List.of(new SchemeArea.Given(KNOWLEDGE, "Knowledge and understanding", 500),
                        new SchemeArea.Given(DESIGN, "Design and development", 500),
                        new SchemeArea.Given(LEADERSHIP, "Leadership and management", 300)),
                List.of(criterion(CriterionKind.EXPERIENCE, 10), criterion(CriterionKind.REGISTRATION, null)),
                2, interview, 5, "Renewed by a new application before the award lapses.");
    }

    static Criterion.Given criterion(CriterionKind kind, Integer minYears) {
        return new Criterion.Given(kind, null, kind == CriterionKind.REGISTRATION ? BODY : null, null, null, null,
                minYears, kind == CriterionKind.CPD_COMPLIANCE ? CpdCycle.CURRENT : null, null, null, null);
    }

    static RecognitionScheme scheme(boolean interview) {
        RecognitionScheme scheme = RecognitionScheme.define(BODY, QUALIFICATION, terms(interview), NOW);
        scheme.open(NOW);
        return scheme;
    }

    static String words(int n) {
        return String.join(" ", Collections.nCopies(n, "word"));
    }

    /** The link token a referee is mailed; the application keeps only its hash. */
    static String token(String email) {
        return "token-for-" + email;
    }

    static String link(String email) {
        return RecognitionReferee.hash(token(email));
    }

    static final Function<String, String> TOKENS = email -> link(email);

    /** A draft ready to submit: every statement within its limit, two evidence files, two referees. */
    static RecognitionApplication readyDraft(RecognitionScheme scheme) {
        RecognitionApplication application = RecognitionApplication.start(scheme, APPLICANT, NOW);
        application.saveStatements(scheme, List.of(new AreaStatement.Given(KNOWLEDGE, words(400)),
                new AreaStatement.Given(DESIGN, words(500)), new AreaStatement.Given(LEADERSHIP, words(120))), NOW);
        application.chooseEvidence(List.of(FILE_1, FILE_2, DEGREE), OWN, NOW);
        application.nameReferees(scheme, List.of(FIRST_REFEREE, SECOND_REFEREE), APPLICANT_EMAIL, NOW);
        return application;
    }

    static RecognitionApplication submitted(RecognitionScheme scheme) {
        RecognitionApplication application = readyDraft(scheme);
        application.submit(scheme, OWN, APPLICANT_EMAIL, TOKENS, TODAY, NOW);
        return application;
    }

    static RecognitionApplication underReview(RecognitionScheme scheme) {
        RecognitionApplication application = submitted(scheme);
        application.confirmReferee(scheme, link(FIRST_REFEREE), FIRST_REFEREE_ACCOUNT, "I managed her for 6 years.",
                NOW);
        application.confirmReferee(scheme, link(SECOND_REFEREE), SECOND_REFEREE_ACCOUNT, "A colleague since 2015.",
                NOW);
        application.assignReviewers(List.of(FIRST_REVIEWER, SECOND_REVIEWER), NOW);
        return application;
    }

    static List<AreaJudgement.Given> allMet() {
        return List.of(new AreaJudgement.Given(KNOWLEDGE, Grade.MET, null),
                new AreaJudgement.Given(DESIGN, Grade.MET, null),
                new AreaJudgement.Given(LEADERSHIP, Grade.PARTLY_MET, null));
    }

    static void reportBoth(RecognitionApplication application, RecognitionScheme scheme) {
        application.report(scheme, FIRST_REVIEWER, true, allMet(), RecognitionOutcome.AWARD, "Clear case.", NOW);
        application.report(scheme, SECOND_REVIEWER, true, allMet(), RecognitionOutcome.AWARD, "Agreed.", NOW);
    }

    /** With the panel, on a scheme without interview. */
    static RecognitionApplication withPanel(RecognitionScheme scheme) {
        RecognitionApplication application = underReview(scheme);
        reportBoth(application, scheme);
        return application;
    }

    static List<String> fields(InvalidInputException refused) {
        return refused.getProblems().stream().map(FieldProblem::field).toList();
    }
}
