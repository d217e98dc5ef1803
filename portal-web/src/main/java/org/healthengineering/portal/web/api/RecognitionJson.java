package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.application.recognition.RecognitionCases;
import org.healthengineering.portal.application.recognition.RecognitionCases.Audience;
import org.healthengineering.portal.application.recognition.RecognitionPanel;
import org.healthengineering.portal.application.recognition.RecognitionReviews;
import org.healthengineering.portal.application.recognition.RecognitionSchemes;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.recognition.AreaJudgement;
import org.healthengineering.portal.domain.recognition.AreaStatement;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionInterview;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.recognition.RecognitionReferee;
import org.healthengineering.portal.domain.recognition.RecognitionReview;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.recognition.RegisterEntry;
import org.healthengineering.portal.domain.recognition.SchemeArea;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The JSON of recognition schemes, applications for recognition, references, reviews and the register (issue 12). */
public final class RecognitionJson {

    private RecognitionJson() {
    }

    // ------------------------------------------------------------------ schemes

    public record AreaJson(Long competencyId, String title, Integer wordLimit) {
    }

    /** A scheme as a body administrator gives it; {@code body} (a body's code) only when defining. */
    public record SchemeInput(String body, String code, String name, String summary, String postNominal,
                              String roleCode, List<AreaJson> areas, List<VacancyJson.CriterionJson> criteria,
                              Integer evidenceFilesRequired, Boolean interviewHeld, Integer validityYears,
                              String renewalRule) {

        RecognitionScheme.Terms terms() {
            List<SchemeArea.Given> given = new ArrayList<>();
            for (AreaJson a : areas == null ? List.<AreaJson>of() : areas) {
                given.add(a == null ? new SchemeArea.Given(null, null, null)
                        : new SchemeArea.Given(a.competencyId(), a.title(), a.wordLimit()));
            }
            List<Criterion.Given> c = criteria == null ? null : criteria.stream()
                    .map(j -> j == null ? new Criterion.Given(null, null, null, null, null, null, null, null, null,
                            null, null) : j.given()).toList();
            return new RecognitionScheme.Terms(code, name, summary, postNominal, roleCode, given, c,
                    evidenceFilesRequired, interviewHeld, validityYears, renewalRule);
        }
    }

    public record SchemeOut(long id, String code, String name, String summary, String postNominal, String bodyCode,
                            String bodyName, String roleCode, String roleTitle, String status, List<AreaJson> areas,
                            List<String> criteria, int evidenceFilesRequired, int refereesRequired,
                            boolean interviewHeld, int validityYears, String renewalRule, long qualificationId,
                            Long applicationsInProgress) {

        static SchemeOut of(RecognitionSchemes.SchemeView v) {
            RecognitionScheme s = v.scheme();
            return new SchemeOut(s.getId(), s.getCode(), s.getName(), s.getSummary(), s.getPostNominal(), v.bodyCode(),
                    v.bodyName(), s.getRoleCode(), v.roleTitle(), s.getStatus().name(), s.getAreas().stream()
                    .map(a -> new AreaJson(a.getCompetencyId(), a.getTitle(), a.getWordLimit())).toList(),
                    v.criteria(), s.getEvidenceFilesRequired(), s.getRefereesRequired(), s.isInterviewHeld(),
                    s.getValidityYears(), s.getRenewalRule(), s.getQualificationId(), v.inProgress());
        }
    }

    // ------------------------------------------------------------------ applications

    public record StatementJson(Long competencyId, String text) {
    }

    public record StatementOut(long competencyId, String area, String text, int words, int wordLimit) {
    }

    public record EvidenceOut(String kind, long recordId, String label) {
    }

    public record RefereeOut(int number, String email, String state, String name, String statement,
                             String declineReason, Instant answeredAt) {
    }

    public record JudgementOut(long competencyId, String grade, String comment) {
    }

    public record ReviewOut(int round, String reviewer, boolean reported, boolean steppedDown, String recommendation,
                            String comment, List<JudgementOut> judgements, Instant reportedAt) {

        static ReviewOut of(RecognitionReview r, RecognitionCases.ApplicationView v) {
            return new ReviewOut(r.getRound(), v.name(r.getReviewerId()), r.isReported(), r.isSteppedDown(),
                    r.getRecommendation() == null ? null : r.getRecommendation().name(), r.getComment(),
                    r.getJudgements().stream().map(j -> new JudgementOut(j.getCompetencyId(), j.getGrade().name(),
                            j.getComment())).toList(), r.getReportedAt());
        }
    }

    /** The interview: its report and recommendation for the body and the panel only. */
    public record InterviewOut(int round, Instant startsAt, String place, List<String> panel, String report,
                               String recommendation) {

        static InterviewOut of(RecognitionInterview i, RecognitionCases.ApplicationView v) {
            boolean inside = v.audience() == Audience.BODY || v.audience() == Audience.INTERVIEWER;
            return new InterviewOut(i.getRound(), i.getStartsAt(), i.getPlace(), i.getPanel().stream().map(v::name)
                    .toList(), inside ? i.getReport() : null, inside && i.getRecommendation() != null
                    ? i.getRecommendation().name() : null);
        }
    }

    public record AppealOut(int decisionNumber, String appealedOutcome, String grounds, LocalDate lodgedOn,
                            String decision, String reason) {
    }

    /**
     * An application as its reader may see it: the applicant and the body read the referees' emails, the body
     * and the reviewers their statements; only the body, the reviewers (their own) and the interview panel read
     * reviews; the findings of the eligibility engine go to those who judge.
     */
    public record ApplicationOut(long id, long schemeId, String schemeName, String bodyName, String applicant,
                                 String applicantEmail, String state, int round, LocalDate submittedOn,
                                 List<StatementOut> statements, List<EvidenceOut> evidence, List<RefereeOut> referees,
                                 List<ReviewOut> reviews, InterviewOut interview, String referralNote,
                                 String outcome, String decisionNote, LocalDate decidedOn, LocalDate awardedOn,
                                 LocalDate validUntil, LocalDate appealDeadline, List<AppealOut> appeals,
                                 Boolean registerConsent, LocalDate removedOn, String removalReason,
                                 List<VacancyJson.FindingJson> findings) {

        static ApplicationOut of(RecognitionCases.ApplicationView v) {
            RecognitionApplication a = v.application();
            RecognitionScheme s = v.scheme().scheme();
            Audience who = v.audience();
            boolean applicantOrBody = who == Audience.APPLICANT || who == Audience.BODY;
            boolean judging = who != Audience.APPLICANT && who != Audience.REFEREE;
            List<StatementOut> statements = a.getStatements().stream().map(st -> new StatementOut(
                    st.getCompetencyId(), s.area(st.getCompetencyId()).map(SchemeArea::getTitle).orElse(""),
                    st.getText(), st.getWordCount(), s.area(st.getCompetencyId()).map(SchemeArea::getWordLimit)
                    .orElse(0))).toList();
            List<EvidenceOut> evidence = who == Audience.REFEREE ? List.of() : a.getEvidence().stream()
                    .map(e -> new EvidenceOut(e.getKind().name(), e.getRecordId(), v.evidence().getOrDefault(e,
                            "No longer among the applicant's records"))).toList();
            List<RefereeOut> referees = who == Audience.REFEREE ? List.of() : a.getReferees().stream()
                    .map(r -> referee(r, v, applicantOrBody, judging)).toList();
            return new ApplicationOut(a.getId(), s.getId(), s.getName(), v.scheme().bodyName(), v.applicantName(),
                    v.applicantEmail(), a.getState().name(), a.getRound(), a.getSubmittedOn(), statements, evidence,
                    referees, v.reviews().stream().map(r -> ReviewOut.of(r, v)).toList(),
                    who == Audience.REFEREE ? null : v.interview().map(i -> InterviewOut.of(i, v)).orElse(null),
                    judging ? a.getReferralNote() : null,
                    a.getOutcome() == null || who == Audience.REFEREE ? null : a.getOutcome().name(),
                    who == Audience.REFEREE ? null : a.getDecisionNote(), a.getDecidedOn(), a.getAwardedOn(),
                    a.getValidUntil(), who == Audience.APPLICANT ? a.appealDeadline() : null,
                    applicantOrBody ? a.getAppeals().stream().map(x -> new AppealOut(x.getDecisionNumber(),
                            x.getAppealedOutcome().name(), x.getGrounds(), x.getLodgedOn(), x.getDecision() == null
                            ? null : x.getDecision().name(), x.getReason())).toList() : List.of(),
                    applicantOrBody ? a.isRegisterConsent() : null, a.getRemovedOn(),
                    applicantOrBody ? a.getRemovalReason() : null, VacancyJson.FindingJson.of(v.findings()));
        }

        private static RefereeOut referee(RecognitionReferee r, RecognitionCases.ApplicationView v,
                                          boolean applicantOrBody, boolean judging) {
            return new RefereeOut(r.getNumber(), applicantOrBody ? r.getEmail() : null, r.getState().name(),
                    r.getAccountId() == null ? null : v.name(r.getAccountId()),
                    judging ? r.getStatement() : null, applicantOrBody ? r.getDeclineReason() : null,
                    r.getAnsweredAt());
        }
    }

    public record MineOut(long id, long schemeId, String schemeName, String bodyName, String state,
                          LocalDate submittedOn, LocalDate awardedOn, LocalDate validUntil) {

        static MineOut of(RecognitionApplications.Mine m) {
            RecognitionApplication a = m.application();
            return new MineOut(a.getId(), a.getSchemeId(), m.schemeName(), m.bodyName(), a.getState().name(),
                    a.getSubmittedOn(), a.getAwardedOn(), a.getValidUntil());
        }
    }

    public record QueuedOut(long id, long schemeId, String schemeName, String applicant, String state, int round,
                            LocalDate submittedOn) {

        static QueuedOut of(RecognitionPanel.Queued q) {
            RecognitionApplication a = q.application();
            return new QueuedOut(a.getId(), a.getSchemeId(), q.schemeName(), q.applicantName(), a.getState().name(),
                    a.getRound(), a.getSubmittedOn());
        }
    }

    public record AssignedOut(long id, String schemeName, String applicant, String task) {

        static AssignedOut of(RecognitionReviews.Assigned a) {
            return new AssignedOut(a.application().getId(), a.schemeName(), a.applicantName(),
                    a.interview() ? "INTERVIEW" : "REVIEW");
        }
    }

    // ------------------------------------------------------------------ inputs

    static List<AreaStatement.Given> statements(List<StatementJson> given) {
        return given == null ? null : given.stream().map(s -> s == null ? new AreaStatement.Given(null, null)
                : new AreaStatement.Given(s.competencyId(), s.text())).toList();
    }

    static List<EvidenceRef> evidence(List<VacancyJson.EvidenceJson> given) {
        List<FieldProblem> problems = new ArrayList<>();
        List<EvidenceRef> refs = new ArrayList<>();
        List<VacancyJson.EvidenceJson> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            VacancyJson.EvidenceJson e = list.get(i);
            int at = i;
            EvidenceKind kind = e == null ? null : ApiInput.collect(problems, () -> ApiInput.enumOf(EvidenceKind.class,
                    e.kind(), "evidence[" + at + "].kind"));
            if (e == null || kind == null || e.recordId() == null) {
                problems.add(new FieldProblem("evidence[" + i + "]", "Give the kind and id of one of your records."));
            } else {
                refs.add(new EvidenceRef(kind, e.recordId()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        return refs;
    }

    public record EvidenceInput(List<VacancyJson.EvidenceJson> evidence) {
    }

    public record StatementsInput(List<StatementJson> statements) {
    }

    public record RefereesInput(List<String> referees) {
    }

    public record EmailInput(String email) {
    }

    public record TextInput(String reason, String grounds, String note) {
    }

    public record ConsentInput(Boolean consent) {
    }

    public record PeopleInput(List<String> reviewers) {
    }

    public record JudgementJson(Long competencyId, String grade, String comment) {
    }

    public record ReviewInput(Boolean declaredNoConflict, List<JudgementJson> judgements, String recommendation,
                              String comment) {

        List<AreaJudgement.Given> given(List<FieldProblem> problems) {
            List<AreaJudgement.Given> list = new ArrayList<>();
            List<JudgementJson> js = judgements == null ? List.of() : judgements;
            for (int i = 0; i < js.size(); i++) {
                JudgementJson j = js.get(i);
                int at = i;
                Grade grade = j == null ? null : ApiInput.collect(problems, () -> ApiInput.enumOf(Grade.class,
                        j.grade(), "judgements[" + at + "].grade"));
                list.add(new AreaJudgement.Given(j == null ? null : j.competencyId(), grade,
                        j == null ? null : j.comment()));
            }
            return list;
        }
    }

    public record InterviewInput(String startsAt, String place, List<String> panel) {

        Instant moment() {
            if (startsAt == null || startsAt.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(startsAt.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("startsAt", "Use an ISO-8601 moment such as 2026-04-01T09:30:00Z.");
            }
        }
    }

    public record InterviewReportInput(String report, String recommendation) {
    }

    public record DecisionInput(String outcome, String awardedOn, String note) {

        RecognitionApplication.Decision decision() {
            List<FieldProblem> problems = new ArrayList<>();
            RecognitionOutcome o = ApiInput.collect(problems, () -> ApiInput.enumOf(RecognitionOutcome.class, outcome,
                    "outcome"));
            LocalDate on = ApiInput.collect(problems, () -> ApiInput.date("awardedOn", awardedOn));
            InvalidInputException.throwIfAny(problems);
            return new RecognitionApplication.Decision(o, on, note);
        }
    }

    public record AppealDecisionInput(String decision, String reason) {
    }

    public record TokenInput(String token, String statement, String reason) {
    }

    /** A request to act as referee, as the referee reads it. */
    public record RefereeRequestOut(long applicationId, String applicant, String schemeName, String bodyName,
                                    String state, int number, String refereeState, boolean registered,
                                    List<StatementOut> statements) {

        static RefereeRequestOut of(RecognitionApplications.RefereeRequest r) {
            ApplicationOut a = ApplicationOut.of(r.application());
            return new RefereeRequestOut(a.id(), a.applicant(), a.schemeName(), a.bodyName(), a.state(),
                    r.referee().getNumber(), r.referee().getState().name(), r.registered(), a.statements());
        }
    }

    public record RegisterOut(String name, String award, String postNominal, String body, LocalDate awardedOn,
                              String status) {

        static RegisterOut of(RegisterEntry e) {
            return new RegisterOut(e.name(), e.schemeName(), e.postNominal(), e.bodyName(), e.awardedOn(),
                    e.status().name());
        }
    }
}
