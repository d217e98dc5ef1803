package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.accreditation.AnnualReturn;
import org.healthengineering.portal.domain.accreditation.AppealOutcome;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseAppeal;
import org.healthengineering.portal.domain.accreditation.CourseCondition;
import org.healthengineering.portal.domain.accreditation.CourseContent;
import org.healthengineering.portal.domain.accreditation.CourseDecision;
import org.healthengineering.portal.domain.accreditation.CourseKind;
import org.healthengineering.portal.domain.accreditation.CourseReview;
import org.healthengineering.portal.domain.accreditation.CourseSession;
import org.healthengineering.portal.domain.accreditation.Delivery;
import org.healthengineering.portal.domain.accreditation.ReviewJudgement;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Courses in the public JSON contract (issue 11). Dates are ISO-8601 days and enums their names; both travel as
 * text so that a wrong value is reported on its own field together with every other problem.
 */
public final class CourseJson {

    private CourseJson() {
    }

    /** A session as sent and shown. */
    public record Session(String day, BigDecimal contactHours, BigDecimal breakHours) {
    }

    /** A learning outcome: the competency by its id, and the level. */
    public record Outcome(String text, Long competencyId, Integer level) {
    }

    /** What a provider writes; {@code changeNotice} only when changing an approved course. */
    public record Content(String bodyCode, String title, String kind, String summary, String audience, String delivery,
                   String location, String faculty, String assessmentMethod, String evaluationMethod,
                   Boolean sponsored, String sponsorship, List<Session> sessions, List<Outcome> outcomes,
                   String changeNotice) {

        /** The content read, and the problems of the fields that could not be read (a date, a kind). */
        public record Read(CourseContent content, List<FieldProblem> unreadable) {
        }

        Read read() {
            List<FieldProblem> problems = new ArrayList<>();
            CourseKind k = ApiInput.collect(problems, () -> ApiInput.enumOf(CourseKind.class, kind, "kind"));
            Delivery d = ApiInput.collect(problems, () -> ApiInput.enumOf(Delivery.class, delivery, "delivery"));
            List<CourseSession> read = new ArrayList<>();
            List<Session> given = sessions == null ? List.of() : sessions;
            for (int i = 0; i < given.size(); i++) {
                Session s = given.get(i);
                String field = "sessions[" + i + "].day";
                LocalDate day = s == null ? null : ApiInput.collect(problems, () -> ApiInput.date(field, s.day()));
                read.add(s == null ? null : new CourseSession(day, s.contactHours(), s.breakHours()));
            }
            List<CourseContent.Outcome> mapped = outcomes == null ? List.of() : outcomes.stream()
                    .map(o -> o == null ? null : new CourseContent.Outcome(o.text(), o.competencyId(), o.level()))
                    .toList();
            CourseContent content = new CourseContent(title, k, summary, audience, d, location, faculty,
                    assessmentMethod, evaluationMethod, Boolean.TRUE.equals(sponsored), sponsorship, read, mapped);
            return new Read(content, List.copyOf(problems));
        }
    }

    public record Judgement(String criterion, String grade, String comment) {
    }

    public record Review(Long reviewerId, int round, Boolean declaredNoConflict, List<Judgement> judgements,
                  String recommendation, String comments, Instant submittedAt) {
        static Review of(CourseReview r) {
            return new Review(r.getReviewerId(), r.getRound(), r.isDeclaredNoConflict(), r.getJudgements().stream()
                    .map(CourseJson::judgement).toList(), r.getRecommendation() == null ? null
                    : r.getRecommendation().name(), r.getComments(), r.getSubmittedAt());
        }

        /** The judgements and recommendation read; every unreadable grade and recommendation reported at once. */
        public record Read(List<Course.JudgementInput> judgements, CourseDecision recommendation) {
        }

        Read read() {
            List<FieldProblem> problems = new ArrayList<>();
            List<Course.JudgementInput> inputs = new ArrayList<>();
            List<Judgement> given = judgements == null ? List.of() : judgements;
            for (int i = 0; i < given.size(); i++) {
                Judgement j = given.get(i);
                String field = "judgements[" + i + "].grade";
                Grade grade = j == null ? null
                        : ApiInput.collect(problems, () -> ApiInput.enumOf(Grade.class, j.grade(), field));
                inputs.add(j == null ? null : new Course.JudgementInput(j.criterion(), grade, j.comment()));
            }
            CourseDecision recommended = ApiInput.collect(problems,
                    () -> ApiInput.enumOf(CourseDecision.class, recommendation, "recommendation"));
            InvalidInputException.throwIfAny(problems);
            return new Read(inputs, recommended);
        }
    }

    private static Judgement judgement(ReviewJudgement j) {
        return new Judgement(j.getCriterion(), j.getGrade().name(), j.getComment());
    }

    public record Condition(Integer number, String requirement, String dueOn, String response, Instant respondedAt,
                     Instant signedOffAt) {
        static Condition of(CourseCondition c) {
            return new Condition(c.getNumber(), c.getRequirement(), c.getDueOn().toString(), c.getResponse(),
                    c.getRespondedAt(), c.getSignedOffAt());
        }
    }

    public record Decision(String decision, String note, String validFrom, String validUntil, List<Condition> conditions) {
        Course.DecisionInput toInput() {
            List<FieldProblem> problems = new ArrayList<>();
            CourseDecision d = ApiInput.collect(problems, () -> ApiInput.enumOf(CourseDecision.class, decision,
                    "decision"));
            LocalDate from = ApiInput.collect(problems, () -> ApiInput.date("validFrom", validFrom));
            LocalDate until = ApiInput.collect(problems, () -> ApiInput.date("validUntil", validUntil));
            List<Course.ConditionInput> set = new ArrayList<>();
            List<Condition> given = conditions == null ? List.of() : conditions;
            for (int i = 0; i < given.size(); i++) {
                Condition c = given.get(i);
                String field = "conditions[" + i + "].dueOn";
                LocalDate due = c == null ? null : ApiInput.collect(problems, () -> ApiInput.date(field, c.dueOn()));
                set.add(c == null ? null : new Course.ConditionInput(c.requirement(), due));
            }
            InvalidInputException.throwIfAny(problems);
            return new Course.DecisionInput(d, note, from, until, set);
        }
    }

    public record AnnualReturnJson(Integer year, Integer cohorts, Integer participants, String evaluationSummary,
                            String changes, Instant submittedAt) {
        static AnnualReturnJson of(AnnualReturn r) {
            return new AnnualReturnJson(r.getYearNumber(), r.getCohorts(), r.getParticipants(),
                    r.getEvaluationSummary(), r.getChanges(), r.getSubmittedAt());
        }
    }

    public record Appeal(String grounds, Instant lodgedAt, String outcome, String note, Instant decidedAt) {
        static Appeal of(CourseAppeal a) {
            return new Appeal(a.getGrounds(), a.getLodgedAt(), a.getOutcome() == null ? null : a.getOutcome().name(),
                    a.getDecisionNote(), a.getDecidedAt());
        }

        AppealOutcome outcomeValue() {
            return ApiInput.enumOf(AppealOutcome.class, outcome, "outcome");
        }
    }

    public record Check(Boolean complete, String note) {
    }

    public record Reviewers(List<String> reviewers) {
    }

    public record Response(String response) {
    }

    public record Withdrawal(String reason, String effectiveOn, Boolean revokeCredentials) {
    }

    /** A course in a list: what it is and where it stands; {@code GET /courses/{id}} gives the rest. */
    public record Summary(Long id, String provider, String body, String status, String title, String kind,
                          String delivery, String approvalCode, BigDecimal credits, String validFrom,
                          String validUntil, Instant submittedAt) {

        static Summary of(org.healthengineering.portal.application.accreditation.Courses.Listed listed) {
            return of(listed.course(), listed.providerCode(), listed.bodyCode());
        }

        static Summary of(Course c, String providerCode, String bodyCode) {
            return new Summary(c.getId(), providerCode, bodyCode, c.getStatus().name(), c.getTitle(),
                    c.getKind().name(), c.getDelivery().name(), c.getApprovalCode(), c.getCredits(),
                    text(c.getValidFrom()), text(c.getValidUntil()), c.getSubmittedAt());
        }
    }

    /** A course as its provider, its body and its reviewers see it. */
    public record View(Long id, String provider, String body, String status, String title, String kind, String summary,
                String audience, String delivery, String location, String faculty, String assessmentMethod,
                String evaluationMethod, Boolean sponsored, String sponsorship, List<Session> sessions,
                List<Outcome> outcomes, String changeNotice, String firstSubmittedOn, String adminCheckNote,
                Integer round, List<Review> reviews, String decision, String decisionNote, String approvalCode,
                BigDecimal credits, String validFrom, String validUntil, String endsOn, String withdrawalReason,
                List<Condition> conditions, List<AnnualReturnJson> annualReturns, List<Integer> overdueReturns,
                List<Appeal> appeals) {

        static View of(Course c, String providerCode, String bodyCode, LocalDate today) {
            return new View(c.getId(), providerCode, bodyCode, c.getStatus().name(), c.getTitle(), c.getKind().name(),
                    c.getSummary(), c.getAudience(), c.getDelivery().name(), c.getLocation(), c.getFaculty(),
                    c.getAssessmentMethod(), c.getEvaluationMethod(), c.isSponsored(), c.getSponsorship(),
                    c.sessions().stream().map(s -> new Session(s.day().toString(), s.contactHours(), s.breakHours()))
                            .toList(),
                    c.getOutcomes().stream().map(o -> new Outcome(o.getText(), o.getCompetencyId(), o.getLevel()))
                            .toList(),
                    c.getChangeNotice(), text(c.getFirstSubmittedOn()), c.getAdminCheckNote(), c.getRound(),
                    c.getReviews().stream().map(Review::of).toList(),
                    c.getDecision() == null ? null : c.getDecision().name(), c.getDecisionNote(), c.getApprovalCode(),
                    c.getCredits(), text(c.getValidFrom()), text(c.getValidUntil()), text(c.getEndsOn()),
                    c.getWithdrawalReason(), c.getConditions().stream().map(Condition::of).toList(),
                    c.getAnnualReturns().stream().map(AnnualReturnJson::of).toList(), c.overdueReturns(today),
                    c.getAppeals().stream().map(Appeal::of).toList());
        }
    }

    static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
