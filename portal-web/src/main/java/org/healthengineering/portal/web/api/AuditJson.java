package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.cpdaudit.AuditCampaigns;
import org.healthengineering.portal.application.cpdaudit.AuditCaseDecisions;
import org.healthengineering.portal.application.cpdaudit.CaseView;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpdaudit.AssessorPart;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;
import org.healthengineering.portal.domain.cpdaudit.CaseAssessment;
import org.healthengineering.portal.domain.cpdaudit.ProfileActivity;
import org.healthengineering.portal.domain.cpdaudit.ProfileEvidence;
import org.healthengineering.portal.domain.cpdaudit.ProfileRules;
import org.healthengineering.portal.domain.cpdaudit.StandardGrade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CPD audit's JSON (issue 11): campaigns, the selection and its verification, the dashboard, and a case as its
 * registrant, an assessor or the body sees it. Enum values travel as their names.
 */
public final class AuditJson {

    private AuditJson() {
    }

    /** A standard: its code and statement. */
    public record StandardJson(String code, String statement) {
        static StandardJson of(AuditStandard.Given s) {
            return new StandardJson(s.code(), s.statement());
        }

        AuditStandard.Given given() {
            return new AuditStandard.Given(code, statement);
        }
    }

    /** The body of {@code PUT /bodies/{code}/audit-standards}. */
    public record StandardsJson(List<StandardJson> standards) {
    }

    static List<AuditStandard.Given> given(List<StandardJson> standards) {
        return standards == null ? null : standards.stream().map(StandardJson::given).toList();
    }

    /**
     * A campaign's terms as sent ({@code samplingRate} a fraction: 0.025 samples 2.5%; {@code standards} left out
     * to assess the body's own) and as answered, with its status and, once the sample is drawn, its published seed.
     */
    public record CampaignJson(Long id, String body, String bodyName, String title, String periodStart,
                               String periodEnd, BigDecimal samplingRate, Integer minimumYears,
                               Boolean retiredIncluded, Boolean stratifyByTitle, String deadline,
                               List<StandardJson> standards, String status, String seed, String selectedAt) {

        static CampaignJson of(AuditCampaigns.CampaignView view) {
            AuditCampaign c = view.campaign();
            return new CampaignJson(c.getId(), view.body().getCode(), view.body().getName(), c.getTitle(),
                    c.getPeriodStart().toString(), c.getPeriodEnd().toString(), c.getSamplingRate(),
                    c.getMinimumYears(), c.isRetiredIncluded(), c.isStratifyByTitle(), c.getDeadline().toString(),
                    c.getStandards().stream().map(s -> StandardJson.of(s.given())).toList(), c.getStatus().name(),
                    c.getSeed(), c.getSelectedAt() == null ? null : c.getSelectedAt().toString());
        }

        /**
         * The terms, with every problem at once: a date that cannot be read is reported together with whatever
         * else is wrong with the terms as of {@code today}.
         */
        AuditCampaign.Terms terms(LocalDate today) {
            List<org.healthengineering.portal.domain.shared.FieldProblem> problems = new java.util.ArrayList<>();
            LocalDate start = date("periodStart", periodStart, problems);
            LocalDate end = date("periodEnd", periodEnd, problems);
            LocalDate due = date("deadline", deadline, problems);
            AuditCampaign.Terms terms = new AuditCampaign.Terms(title, start, end, samplingRate, minimumYears,
                    retiredIncluded, stratifyByTitle, due);
            if (!problems.isEmpty()) {
                java.util.Set<String> unread = new java.util.HashSet<>();
                problems.forEach(p -> unread.add(p.field()));
                AuditCampaign.problems(terms, today).stream().filter(p -> !unread.contains(p.field()))
                        .forEach(problems::add);
                throw new org.healthengineering.portal.domain.shared.InvalidInputException(problems);
            }
            return terms;
        }

        private static LocalDate date(String field, String text,
                                      List<org.healthengineering.portal.domain.shared.FieldProblem> problems) {
            try {
                return ApiInput.date(field, text);
            } catch (org.healthengineering.portal.domain.shared.InvalidInputException e) {
                problems.addAll(e.getProblems());
                return null;
            }
        }
    }

    /** One stratum of the eligible list: how many were eligible, drawn, and added as not engaged before. */
    public record StratumJson(String stratum, int eligible, int drawn, int notEngagedBefore) {
    }

    /** One sampled registrant: their case, stratum, why, place in the stratum's order and the ordering hash. */
    public record SampledJson(long caseId, long registrantId, String stratum, String reason, int place, String hash) {
    }

    /** One registrant of the recorded eligible list. */
    public record EligibleJson(long registrantId, String stratum, boolean notEngagedBefore) {
    }

    /**
     * The recorded selection: enough to recompute it. Order each stratum's eligible ids by the lower-case hex
     * SHA-256 of "seed:id", take the first ceil(rate × eligible), then add the eligible not engaged before.
     */
    public record SelectionJson(CampaignJson campaign, String seed, BigDecimal samplingRate, String algorithm,
                                List<StratumJson> strata, List<SampledJson> sampled, List<EligibleJson> eligible) {

        static final String ALGORITHM = "Per stratum (in the order of its name): order the eligible registrant ids by"
                + " the lower-case hexadecimal SHA-256 of the UTF-8 text seed + \":\" + id (id in decimal), smallest"
                + " first, and take the first ceil(samplingRate \u00d7 eligible). Then add, by ascending id, every"
                + " eligible registrant marked notEngagedBefore who was not drawn.";

        static SelectionJson of(AuditCampaigns.Selection s) {
            AuditCampaign c = s.view().campaign();
            return new SelectionJson(CampaignJson.of(s.view()), c.getSeed(), c.getSamplingRate(), ALGORITHM,
                    s.strata().stream().map(t -> new StratumJson(t.name(), t.eligible(), t.drawn(),
                            t.notEngagedBefore())).toList(),
                    s.cases().stream().map(k -> new SampledJson(k.getId(), k.getRegistrantId(), k.getStratum(),
                            k.getReason().name(), k.getPlace(), k.getHash())).toList(),
                    s.eligible().stream()
                            .map(e -> new EligibleJson(e.accountId(), e.stratum(), e.notEngagedBefore())).toList());
        }
    }

    /** What recomputing the selection found. */
    public record VerificationJson(long campaignId, String seed, boolean matches, int stored, int recomputed) {
        static VerificationJson of(AuditCampaigns.Verification v) {
            return new VerificationJson(v.view().campaign().getId(), v.view().campaign().getSeed(), v.matches(),
                    v.stored(), v.recomputed());
        }
    }

    /** A case past its deadline without a profile. */
    public record OverdueJson(long caseId, String registrant, String state, String deadline) {
    }

    /** An assessor's load in a campaign. */
    public record WorkloadJson(long assessorId, String assessor, int assigned, int graded, int outstanding) {
    }

    /** A campaign at a glance: counts of cases by state and outcome, the overdue ones, assessors' load. */
    public record DashboardJson(CampaignJson campaign, int cases, Map<String, Integer> byState,
                                Map<String, Integer> byOutcome, List<OverdueJson> overdue, List<WorkloadJson> workload) {
        static DashboardJson of(AuditCaseDecisions.Dashboard d) {
            Map<String, Integer> states = new java.util.LinkedHashMap<>();
            d.byState().forEach((k, v) -> states.put(k.name(), v));
            Map<String, Integer> outcomes = new java.util.LinkedHashMap<>();
            d.byOutcome().forEach((k, v) -> outcomes.put(k.name(), v));
            return new DashboardJson(CampaignJson.of(d.view()), d.cases(), states, outcomes,
                    d.overdue().stream().map(o -> new OverdueJson(o.caseId(), o.registrant(), o.state().name(),
                            o.deadline().toString())).toList(),
                    d.workload().stream().map(w -> new WorkloadJson(w.assessorId(), w.name(), w.assigned(), w.graded(),
                            w.outstanding())).toList());
        }
    }

    /** An activity of the CPD log in the audit period, to choose from. */
    public record LoggedJson(long id, String title, String type, String startDate, String endDate, BigDecimal hours) {
        static LoggedJson of(CpdActivity a) {
            return new LoggedJson(a.getId(), a.getTitle(), a.getType().name(), a.getPeriod().getStart().toString(),
                    a.getPeriod().getEnd().toString(), a.getHours().getValue());
        }
    }

    /** The profile being drafted. */
    public record DraftJson(String summary, int summaryWords, String statement, int statementWords,
                            List<Long> activities) {
    }

    /** An activity of the submitted profile, as frozen on submission. */
    public record SnapshotActivityJson(long activityId, boolean chosen, String title, String type, String startDate,
                                       String endDate, BigDecimal hours, String learned, String applied,
                                       String benefit) {
        static SnapshotActivityJson of(ProfileActivity a) {
            return new SnapshotActivityJson(a.getActivityId(), a.isChosen(), a.getTitle(), a.getType().name(),
                    a.getStart().toString(), a.getEnd().toString(), a.getHours(), a.getLearned(), a.getApplied(),
                    a.getBenefit());
        }
    }

    /** An evidence file of a chosen activity, as it was on submission. */
    public record EvidenceJson(long evidenceId, long activityId, String fileName, String sha256) {
        static EvidenceJson of(ProfileEvidence e) {
            return new EvidenceJson(e.getEvidenceId(), e.getActivityId(), e.getFileName(), e.getSha256());
        }
    }

    /** The profile as submitted in the latest round: frozen. */
    public record SubmissionJson(int round, String submittedAt, String summary, String statement,
                                 List<SnapshotActivityJson> activities, List<EvidenceJson> evidence) {
    }

    /** A grade as sent and answered. */
    public record GradeJson(String standard, String grade, String comment) {
    }

    /** An assessor's part in the current round and their grades. */
    public record AssessmentJson(String part, long assessorId, String assessor, String assignedAt, String gradedAt,
                                 List<GradeJson> grades) {
        static AssessmentJson of(CaseAssessment a, CaseView view) {
            return new AssessmentJson(a.getPart().name(), a.getAssessorId(), view.name(a.getAssessorId()),
                    a.getAssignedAt().toString(), a.getGradedAt() == null ? null : a.getGradedAt().toString(),
                    a.getGrades().stream().map(g -> new GradeJson(g.getStandard(), g.getGrade().name(),
                            g.getComment())).toList());
        }
    }

    /** An appeal: its grounds and, once decided, the decision and its reason. */
    public record AppealJson(String grounds, String lodgedOn, String decision, String reason, String decidedOn) {
    }

    /**
     * A case. The registrant sees their draft and the activities of the period to choose from, but not the
     * assessors' grades; an assessor sees the frozen profile and their own grades (a moderator sees the two
     * assessors' too); the body sees everything.
     */
    public record CaseJson(long id, long campaignId, String campaign, String body, String bodyName, String periodStart,
                           String periodEnd, long registrantId, String registrant, String stratum, String sampled,
                           String state, String deadline, String responseReason, String deferralNote,
                           DraftJson draft, List<LoggedJson> periodActivities, SubmissionJson submission,
                           String moreInformation, String outcome, String outcomeNote, String outcomeOn,
                           AppealJson appeal, List<StandardJson> standards, String verdict, List<String> disputed,
                           List<AssessmentJson> assessments) {

        static CaseJson of(CaseView view) {
            AuditCase c = view.auditCase();
            AuditCampaign campaign = view.campaign();
            CaseView.Audience audience = view.audience();
            boolean registrant = audience == CaseView.Audience.REGISTRANT;
            boolean body = audience == CaseView.Audience.BODY;
            DraftJson draft = registrant || body ? new DraftJson(c.getSummary(), ProfileRules.words(c.getSummary()),
                    c.getStatement(), ProfileRules.words(c.getStatement()), c.getChoices()) : null;
            SubmissionJson submission = c.getRound() == 0 ? null : new SubmissionJson(c.getRound(),
                    String.valueOf(c.getSubmittedAt()), c.getSubmittedSummary(), c.getSubmittedStatement(),
                    c.submittedActivities().stream().map(SnapshotActivityJson::of).toList(),
                    c.submittedEvidence().stream().map(EvidenceJson::of).toList());
            List<AssessmentJson> assessments = List.of();
            if (!registrant) {
                boolean moderator = c.current(AssessorPart.MODERATOR)
                        .map(a -> a.getAssessorId() == view.readerId()).orElse(false);
                boolean all = body || moderator;
                assessments = c.currentAssessments().stream().filter(a -> all || a.getAssessorId() == view.readerId())
                        .map(a -> AssessmentJson.of(a, view)).toList();
            }
            AppealJson appeal = c.getAppealGrounds() == null ? null : new AppealJson(c.getAppealGrounds(),
                    text(c.getAppealLodgedOn()), c.getAppealDecision() == null ? null : c.getAppealDecision().name(),
                    c.getAppealReason(), text(c.getAppealDecidedOn()));
            return new CaseJson(c.getId(), campaign.getId(), campaign.getTitle(), view.body().getCode(),
                    view.body().getName(), campaign.getPeriodStart().toString(), campaign.getPeriodEnd().toString(),
                    c.getRegistrantId(), view.name(c.getRegistrantId()), c.getStratum(), c.getReason().name(),
                    c.getState().name(), c.getDeadline().toString(), c.getResponseReason(), c.getDeferralNote(), draft,
                    view.periodActivities().stream().map(LoggedJson::of).toList(), submission, c.getMoreInformation(),
                    c.getOutcome() == null ? null : c.getOutcome().name(), c.getOutcomeNote(), text(c.getOutcomeOn()),
                    appeal, campaign.getStandards().stream().map(s -> StandardJson.of(s.given())).toList(),
                    registrant ? null : view.verdict().name(), registrant ? List.of() : List.copyOf(view.disputed()),
                    assessments);
        }

        private static String text(LocalDate day) {
            return day == null ? null : day.toString();
        }
    }

    /** The registrant's answer: response, its reason, and with a profile to follow the profile so far. */
    public record AnswerJson(String response, String reason, String summary, String statement, List<Long> activities) {
    }

    /** An appeal's grounds. */
    public record GroundsJson(String grounds) {
    }

    /** A deferral decision. */
    public record DeferralDecisionJson(Boolean granted, String note) {
    }

    /** The two assessors, by the email of their accounts. */
    public record AssessorsJson(String first, String second) {
    }

    /** The moderator, by the email of their account. */
    public record ModeratorJson(String moderator) {
    }

    /** An outcome: MEETS, MORE_INFORMATION (note: what is missing; newDeadline), EXTENSION_GRANTED (newDeadline), DOES_NOT_MEET (note). */
    public record OutcomeJson(String outcome, String note, String newDeadline) {
    }

    /** An appeal decision: UPHELD or DISMISSED, the reason, and for an upheld appeal against non-engagement a new deadline. */
    public record AppealDecisionJson(String decision, String reason, String newDeadline) {
    }

    /** An assessor's grades of every standard (or a moderator's of those in dispute), declaring no conflict of interest. */
    public record GradesJson(List<GradeJson> grades, Boolean declaresNoConflict) {
    }

    static List<StandardGrade.Given> grades(List<GradeJson> grades) {
        if (grades == null) {
            return null;
        }
        List<StandardGrade.Given> given = new java.util.ArrayList<>();
        List<org.healthengineering.portal.domain.shared.FieldProblem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            GradeJson g = grades.get(i);
            try {
                given.add(new StandardGrade.Given(g.standard(),
                        ApiInput.enumOf(org.healthengineering.portal.domain.cpdaudit.Grade.class, g.grade(),
                                "grades[" + i + "].grade"), g.comment()));
            } catch (org.healthengineering.portal.domain.shared.InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        org.healthengineering.portal.domain.shared.InvalidInputException.throwIfAny(problems);
        return given;
    }
}
