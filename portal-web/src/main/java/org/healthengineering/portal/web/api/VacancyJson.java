package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.eligibility.CpdCycle;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.eligibility.FindingCounts;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.vacancy.ApplicationStatus;
import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.vacancy.FoundThen;
import org.healthengineering.portal.domain.vacancy.Score;
import org.healthengineering.portal.domain.vacancy.ShortlistFlags;
import org.healthengineering.portal.domain.vacancy.SpecCriterion;
import org.healthengineering.portal.domain.vacancy.Statement;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.domain.vacancy.VacancyApplication;

import java.math.BigDecimal;
import java.time.Instant;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of vacancies, applications, eligibility findings and shortlisting (issue 12). */
public final class VacancyJson {

    private VacancyJson() {
    }

    /** One criterion of a specification; {@code essential} only in a vacancy's specification. */
    public record CriterionJson(String kind, Long qualificationId, Long bodyId, Long competencyId, Integer minLevel,
                                Boolean verifiedOnly, Integer minYears, String cycle, String roleCode,
                                Integer minPercent, String text, Boolean essential, Integer position) {

        static CriterionJson of(SpecCriterion s) {
            Criterion c = s.getCriterion();
            return new CriterionJson(c.getKind().name(), c.getQualificationId(), c.getBodyId(), c.getCompetencyId(),
                    c.getMinLevel(), c.isVerifiedOnly(), c.getMinYears(), c.getCycle() == null ? null
                    : c.getCycle().name(), c.getRoleCode(), c.getMinPercent(), c.getText(), s.isEssential(),
                    s.getPosition());
        }

        Criterion.Given given() {
            List<FieldProblem> ignored = new ArrayList<>();
            CriterionKind k = ApiInput.collect(ignored, () -> ApiInput.enumOf(CriterionKind.class, kind, "kind"));
            CpdCycle c = ApiInput.collect(ignored, () -> ApiInput.enumOf(CpdCycle.class, cycle, "cycle"));
            return new Criterion.Given(k, qualificationId, bodyId, competencyId, minLevel, verifiedOnly, minYears, c,
                    roleCode, minPercent, text);
        }
    }

    /** A vacancy as its hospital gives it. */
    public record VacancyInput(String title, Long postId, String roleCode, String band, String location,
                               BigDecimal hoursPerWeek, String closingDate, String description,
                               List<CriterionJson> specification) {

        Vacancy.Details details() {
            return new Vacancy.Details(title, postId, roleCode, band, location, hoursPerWeek,
                    ApiInput.date("closingDate", closingDate), description);
        }

        /**
         * The specification as given; a kind or cycle that is not one becomes empty, so that the domain reports it
         * ("choose the kind") with every other problem of the vacancy at once.
         */
        List<SpecCriterion.Given> givenSpecification() {
            List<SpecCriterion.Given> given = new ArrayList<>();
            for (CriterionJson c : specification == null ? List.<CriterionJson>of() : specification) {
                given.add(c == null ? new SpecCriterion.Given(true, null)
                        : new SpecCriterion.Given(!Boolean.FALSE.equals(c.essential()), c.given()));
            }
            return given;
        }
    }

    /** A vacancy: what anyone who may read it reads. */
    public record VacancyOut(long id, String hospitalCode, String hospitalName, String region, String title,
                             Long postId, String roleCode, String band, String location, BigDecimal hoursPerWeek,
                             String closingDate, String description, String status, String withdrawalReason,
                             List<CriterionJson> specification, Integer shortlisters) {

        static VacancyOut of(Vacancies.Listed l, boolean managed) {
            Vacancy v = l.vacancy();
            return new VacancyOut(v.getId(), l.hospitalCode(), l.hospitalName(), l.region(), v.getTitle(),
                    v.getPostId(), v.getRoleCode(), v.getBand(), v.getLocation(), v.getHoursPerWeek(),
                    v.getClosingDate().toString(), v.getDescription(), v.getStatus().name(), v.getWithdrawalReason(),
                    v.getSpecification().stream().map(CriterionJson::of).toList(),
                    managed ? v.getShortlisters().size() : null);
        }
    }

    /** An open vacancy with the caller's eligibility in counts. */
    public record VacancyEligibilityJson(VacancyOut vacancy, int metVerified, int metOwnWord, int notMet,
                                         int toJudge, boolean essentialsNotMet, String summary) {

        static VacancyEligibilityJson of(Vacancies.WithEligibility w) {
            FindingCounts c = w.counts();
            return new VacancyEligibilityJson(VacancyOut.of(w.listed(), false), c.metVerified(), c.metOwnWord(),
                    c.notMet(), c.toJudge(), w.essentialsNotMet(), c.inWords());
        }
    }

    /** One finding of the eligibility engine. */
    public record FindingJson(int position, String requirement, String outcome, String reason,
                              List<RecordJson> records) {

        static List<FindingJson> of(List<Finding> findings) {
            List<FindingJson> list = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                list.add(new FindingJson(i + 1, f.requirement(), f.outcome().name(), f.reason(),
                        f.records().stream().map(r -> new RecordJson(r.kind().name(), r.id(), r.label())).toList()));
            }
            return list;
        }
    }

    public record RecordJson(String kind, String id, String label) {
    }

    /** A finding as it was when the application was made. */
    public record FoundJson(int position, String outcome, String reason) {

        static FoundJson of(FoundThen f) {
            return new FoundJson(f.getPosition(), f.getOutcome().name(), f.getReason());
        }
    }

    public record StatementJson(Integer position, String text) {

        static StatementJson of(Statement s) {
            return new StatementJson(s.getPosition(), s.getText());
        }
    }

    public record EvidenceJson(String kind, Long recordId) {
    }

    /** An application as the applicant gives it. */
    public record ApplicationInput(List<StatementJson> statements, List<EvidenceJson> evidence, Boolean declaration) {

        VacancyApplication.Given given() {
            List<FieldProblem> problems = new ArrayList<>();
            Map<Integer, String> texts = new LinkedHashMap<>();
            if (statements != null) {
                for (int i = 0; i < statements.size(); i++) {
                    StatementJson s = statements.get(i);
                    if (s == null || s.position() == null) {
                        problems.add(new FieldProblem("statements[" + i + "].position", "Say which criterion the"
                                + " statement is for."));
                    } else if (texts.put(s.position(), s.text()) != null) {
                        problems.add(new FieldProblem("statements[" + i + "].position", "Criterion " + s.position()
                                + " has two statements."));
                    }
                }
            }
            List<EvidenceRef> refs = new ArrayList<>();
            if (evidence != null) {
                for (int i = 0; i < evidence.size(); i++) {
                    EvidenceJson e = evidence.get(i);
                    int at = i;
                    EvidenceKind kind = e == null ? null : ApiInput.collect(problems, () -> ApiInput.enumOf(
                            EvidenceKind.class, e.kind(), "evidence[" + at + "].kind"));
                    if (e == null || kind == null || e.recordId() == null) {
                        problems.add(new FieldProblem("evidence[" + i + "]", "Give the kind and id of one of your"
                                + " records."));
                    } else {
                        refs.add(new EvidenceRef(kind, e.recordId()));
                    }
                }
            }
            InvalidInputException.throwIfAny(problems);
            return new VacancyApplication.Given(texts, refs, declaration);
        }
    }

    /** An application as its applicant follows it. */
    public record ApplicationOut(long id, long vacancyId, String vacancyTitle, String hospitalName, String reference,
                                 String status, String submittedAt, String feedback, String interviewAt,
                                 List<StatementJson> statements, List<EvidenceJson> evidence,
                                 List<FoundJson> findings) {

        static ApplicationOut of(VacancyApplications.Mine m) {
            VacancyApplication a = m.application();
            return new ApplicationOut(a.getId(), a.getVacancyId(), m.vacancy().vacancy().getTitle(),
                    m.vacancy().hospitalName(), a.getReference(), a.getStatus().name(), a.getSubmittedAt().toString(),
                    a.getFeedback(), a.getInterviewAt() == null ? null : a.getInterviewAt().toString(),
                    a.getStatements().stream().map(StatementJson::of).toList(),
                    a.getEvidence().stream().map(e -> new EvidenceJson(e.getKind().name(), e.getRecordId())).toList(),
                    a.getFindings().stream().map(FoundJson::of).toList());
        }
    }

    /** What the shortlisters' scores say about one criterion. */
    public record FlagJson(int position, boolean essential, List<Integer> scores, boolean disagreement,
                           boolean zeroOnEssential) {
    }

    public record FlagsJson(List<FlagJson> criteria, boolean complete, int total, boolean suggestsNotShortlisted,
                            boolean toDiscuss) {

        static FlagsJson of(ShortlistFlags f) {
            return new FlagsJson(f.criteria().stream().map(l -> new FlagJson(l.position(), l.essential(),
                    List.copyOf(l.scores().values()), l.disagreement(), l.zeroOnEssential())).toList(),
                    f.complete(), f.total(), f.suggestsNotShortlisted(), f.toDiscuss());
        }
    }

    /**
     * An application as a shortlister (or the hospital, until shortlisting is closed) sees it: by reference, never
     * by name; {@code name} and {@code email} only for the hospital once shortlisting is closed.
     */
    public record ShortlistingJson(long applicationId, String reference, String status, List<StatementJson> statements,
                                   List<String> evidence, List<FoundJson> findings, FlagsJson flags,
                                   Map<Integer, Integer> myScores, String name, String email, String feedback) {

        static ShortlistingJson of(VacancyApplications.ForShortlisting s) {
            var a = s.application();
            return new ShortlistingJson(a.applicationId(), a.reference(), a.status().name(),
                    a.statements().stream().map(StatementJson::of).toList(), a.evidence(),
                    a.findings().stream().map(FoundJson::of).toList(), FlagsJson.of(s.flags()),
                    s.mine().isEmpty() ? null : s.mine(), null, null, null);
        }

        static ShortlistingJson of(VacancyApplications.Named n) {
            VacancyApplication a = n.application();
            return new ShortlistingJson(a.getId(), a.getReference(), a.getStatus().name(),
                    a.getStatements().stream().map(StatementJson::of).toList(), List.of(),
                    a.getFindings().stream().map(FoundJson::of).toList(), FlagsJson.of(n.flags()), null, n.name(),
                    n.email(), a.getFeedback());
        }
    }

    public record ScoresInput(List<ScoreJson> scores) {
    }

    public record ScoreJson(Integer position, Integer score, String note) {

        static List<Score.Given> given(ScoresInput input) {
            return input == null || input.scores() == null ? List.of() : input.scores().stream()
                    .map(s -> s == null ? null : new Score.Given(s.position(), s.score(), s.note())).toList();
        }
    }

    /**
     * The hospital's decision on an application: {@code shortlisted} (true/false) while shortlisting, or afterwards
     * {@code status} INTERVIEWED (with {@code interviewAt}), OFFERED, APPOINTED or NOT_APPOINTED; feedback for the
     * applicant.
     */
    public record DecisionInput(Boolean shortlisted, String status, String feedback, String interviewAt) {

        ApplicationStatus next() {
            return ApiInput.enumOf(ApplicationStatus.class, status, "status");
        }

        Instant interview() {
            if (interviewAt == null || interviewAt.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(interviewAt.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("interviewAt", "Use an ISO-8601 moment such as 2026-04-01T09:30:00Z.");
            }
        }
    }

    public record ShortlistersInput(List<String> shortlisters) {
    }

    public record ReasonInput(String reason) {
    }

}
