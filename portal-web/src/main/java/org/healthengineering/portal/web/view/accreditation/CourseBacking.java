package org.healthengineering.portal.web.view.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.accreditation.Completions;
import org.healthengineering.portal.application.accreditation.Courses;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.domain.accreditation.AppealOutcome;
import org.healthengineering.portal.domain.accreditation.CompletionRow;
import org.healthengineering.portal.domain.accreditation.CompletionsCsv;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseAppeal;
import org.healthengineering.portal.domain.accreditation.CourseCompletion;
import org.healthengineering.portal.domain.accreditation.CourseCondition;
import org.healthengineering.portal.domain.accreditation.CourseDecision;
import org.healthengineering.portal.domain.accreditation.CourseStatus;
import org.healthengineering.portal.domain.accreditation.CreditCalculation;
import org.healthengineering.portal.domain.accreditation.LearningOutcome;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One course, for whoever may see it, with what each may do now: its provider edits, submits, answers conditions,
 * files returns, appeals and records completions; the body checks, assigns reviewers, decides, signs off,
 * decides appeals and withdraws; a reviewer declares and reviews.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    /** A judgement being written for one of the body's criteria. */
    public static class JudgementRow implements Serializable {
        private final String criterion;
        private Grade grade;
        private String comment;

        JudgementRow(String criterion) {
            this.criterion = criterion;
        }

        public String getCriterion() { return criterion; }
        public Grade getGrade() { return grade; }
        public void setGrade(Grade grade) { this.grade = grade; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    /** A condition being set with a decision. */
    public static class ConditionRow implements Serializable {
        private String requirement;
        private LocalDate dueOn;

        public String getRequirement() { return requirement; }
        public void setRequirement(String requirement) { this.requirement = requirement; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    }

    /** A completion being entered by hand. */
    public static class CompletionFormRow implements Serializable {
        private String email;
        private LocalDate completedOn;
        private BigDecimal hours;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public LocalDate getCompletedOn() { return completedOn; }
        public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
        public BigDecimal getHours() { return hours; }
        public void setHours(BigDecimal hours) { this.hours = hours; }
    }

    @Inject
    Courses courses;

    @Inject
    Completions completions;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private Long id;
    private Course course;
    private String providerName;
    private ProfessionalBody body;
    private Map<Long, Competency> competencies;
    private List<CourseCompletion> completionList;

    private String checkNote;
    private String reviewerEmails;
    private boolean declaredNoConflict;
    private List<JudgementRow> judgements;
    private CourseDecision recommendation;
    private String reviewComments;
    private CourseDecision decision;
    private String decisionNote;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private List<ConditionRow> conditions = new ArrayList<>();
    private Map<Integer, String> responses = new java.util.HashMap<>();
    private Integer cohorts;
    private Integer participants;
    private String evaluationSummary;
    private String changes;
    private String grounds;
    private AppealOutcome appealOutcome;
    private String appealNote;
    private String withdrawalReason;
    private LocalDate withdrawalOn;
    private boolean revokeCredentials;
    private List<CompletionFormRow> completionRows = new ArrayList<>(List.of(new CompletionFormRow()));

    public void load() {
        course = courses.get(id == null ? -1 : id);
        providerName = courses.providerOf(course).getName();
        body = courses.bodyOf(course);
        competencies = catalogue.competencies(course.getOutcomes().stream().map(LearningOutcome::getCompetencyId)
                .toList());
        judgements = body.getAccreditationCriteria().stream().map(JudgementRow::new).toList();
        LocalDate today = LocalDate.now(clock);
        validFrom = course.getFirstSubmittedOn() != null && course.getFirstSubmittedOn().isAfter(today)
                ? course.getFirstSubmittedOn() : today;
        validUntil = validFrom.plusYears(3).minusDays(1);
        withdrawalOn = today;
        completionList = isMine() || isManager() ? completions.ofCourse(course.getId()) : List.of();
        reviewerEmails = null;
    }

    private void reload(String infoKey) {
        messages.info(infoKey, course.getTitle());
        load();
    }

    // ---- who may do what now -----------------------------------------------------------------------------

    public boolean isMine() {
        return courses.isMine(course);
    }

    public boolean isManager() {
        return courses.mayManage();
    }

    public boolean isEditable() {
        return isMine() && course.getStatus().editableByProvider();
    }

    public boolean isApproved() {
        return course.getStatus() == CourseStatus.APPROVED || course.getStatus() == CourseStatus.APPROVED_WITH_CONDITIONS;
    }

    /** The caller is one of this round's reviewers and has not yet reviewed. */
    public boolean isReviewing() {
        return courses.awaitsMyReview(course);
    }

    public boolean isReadyToDecide() {
        return isManager() && course.getStatus() == CourseStatus.UNDER_REVIEW && course.reviewsComplete();
    }

    public boolean isAppealOpen() {
        return course.getAppeals().stream().anyMatch(CourseAppeal::isOpen);
    }

    public boolean isMayAppeal() {
        return isMine() && course.getStatus() == CourseStatus.REFUSED && !isAppealOpen()
                && course.getAppeals().stream().noneMatch(a -> course.getDecidedAt() != null
                && a.getLodgedAt().isAfter(course.getDecidedAt()));
    }

    /** Reviews are shown to the body, and to the provider once the body has decided (without who wrote them). */
    public boolean isReviewsShown() {
        return isManager() || isMine() && course.getDecision() != null;
    }

    // ---- what the page shows ------------------------------------------------------------------------------

    public CreditCalculation.Result getCredit() {
        return course.approvableCredit(body.getDailyCreditCap());
    }

    public String competencyName(Long competencyId) {
        Competency competency = competencies.get(competencyId);
        return competency == null ? "" : competency.displayName();
    }

    /** Whether an annual return may be filed now. */
    public boolean isReturnOpen() {
        return course.openReturnYear(LocalDate.now(clock)).isPresent();
    }

    public List<Integer> getOverdueReturns() {
        return course.overdueReturns(LocalDate.now(clock));
    }

    /** The overdue years in words for a person: "1, 2" (not a list's "[1, 2]"). */
    public String getOverdueReturnYears() {
        return String.join(", ", getOverdueReturns().stream().map(String::valueOf).toList());
    }

    public boolean overdue(CourseCondition condition) {
        return condition.isOverdue(LocalDate.now(clock));
    }

    public String reviewerLabel(int index) {
        return messages.text("course.reviewer", index + 1);
    }

    // ---- the provider ------------------------------------------------------------------------------------

    public void submit() {
        course = courses.submit(course.getId());
        reload("course.done.submitted");
    }

    public void respond(CourseCondition condition) {
        courses.respondToCondition(course.getId(), condition.getNumber(), responses.get(condition.getNumber()));
        responses.remove(condition.getNumber());
        reload("course.done.responded");
    }

    public void fileReturn() {
        courses.fileAnnualReturn(course.getId(), cohorts, participants, evaluationSummary, changes);
        cohorts = null;
        participants = null;
        evaluationSummary = null;
        changes = null;
        reload("course.done.returnFiled");
    }

    public void appeal() {
        courses.lodgeAppeal(course.getId(), grounds);
        grounds = null;
        reload("course.done.appealLodged");
    }

    public void recordCompletions() {
        List<CompletionRow> rows = new ArrayList<>();
        for (int i = 0; i < completionRows.size(); i++) {
            CompletionFormRow row = completionRows.get(i);
            rows.add(new CompletionRow("rows[" + i + "].", row.email, row.completedOn, row.hours));
        }
        Completions.Recorded recorded = completions.record(course.getId(), rows, List.of());
        completionRows = new ArrayList<>(List.of(new CompletionFormRow()));
        messages.info("course.completionsRecorded", recorded.completions(), recorded.verifiedActivities(),
                recorded.waiting());
        load();
    }

    public void uploadCompletions(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            CompletionsCsv.Parsed parsed = CompletionsCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            Completions.Recorded recorded = completions.record(course.getId(), parsed.rows(), parsed.problems());
            messages.info("course.completionsRecorded", recorded.completions(), recorded.verifiedActivities(),
                    recorded.waiting());
        }
        load();
    }

    public void addCompletionRow() {
        completionRows.add(new CompletionFormRow());
    }

    public void removeCompletionRow(CompletionFormRow row) {
        completionRows.remove(row);
    }

    public String rowLabel(String key, int index) {
        return messages.text(key, index + 1);
    }

    // ---- the body ----------------------------------------------------------------------------------------

    public void checkComplete() {
        courses.checkAdministratively(course.getId(), true, checkNote);
        checkNote = null;
        reload("course.done.checked");
    }

    public void returnToProvider() {
        courses.checkAdministratively(course.getId(), false, checkNote);
        checkNote = null;
        reload("course.done.returned");
    }

    public void assignReviewers() {
        List<String> emails = reviewerEmails == null ? List.of() : Arrays.stream(reviewerEmails.split("[,;\\s]+"))
                .filter(e -> !e.isBlank()).toList();
        courses.assignReviewers(course.getId(), emails);
        reload("course.done.reviewersAssigned");
    }

    public void decide() {
        courses.decide(course.getId(), new Course.DecisionInput(decision, decisionNote, validFrom, validUntil,
                decision == CourseDecision.APPROVED_WITH_CONDITIONS ? conditions.stream()
                        .map(c -> new Course.ConditionInput(c.requirement, c.dueOn)).toList() : List.of()));
        reload("course.done.decided");
    }

    public void addCondition() {
        conditions.add(new ConditionRow());
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
    }

    public void signOff(CourseCondition condition) {
        courses.signOffCondition(course.getId(), condition.getNumber());
        reload("course.done.signedOff");
    }

    public void decideAppeal() {
        courses.decideAppeal(course.getId(), appealOutcome, appealNote);
        reload("course.done.appealDecided");
    }

    public void withdraw() {
        courses.withdraw(course.getId(), withdrawalReason, withdrawalOn, revokeCredentials);
        reload("course.done.withdrawn");
    }

    // ---- reviewers ---------------------------------------------------------------------------------------

    public void review() {
        courses.review(course.getId(), declaredNoConflict, judgements.stream()
                .map(j -> new Course.JudgementInput(j.criterion, j.grade, j.comment)).toList(), recommendation,
                reviewComments);
        reload("course.done.reviewed");
    }

    /** The reviewer steps down; the course is no longer theirs to see, so they go back to the desk. */
    public String stepDown() {
        courses.stepDown(course.getId());
        messages.info("course.done.steppedDown", course.getTitle());
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/accreditation/index?faces-redirect=true";
    }

    public CourseDecision[] getDecisions() { return CourseDecision.values(); }
    public AppealOutcome[] getAppealOutcomes() { return AppealOutcome.values(); }
    public Grade[] getGrades() { return Grade.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Course getCourse() { return course; }
    public String getProviderName() { return providerName; }
    public ProfessionalBody getBody() { return body; }
    public List<CourseCompletion> getCompletionList() { return completionList; }
    public String getCheckNote() { return checkNote; }
    public void setCheckNote(String checkNote) { this.checkNote = checkNote; }
    public String getReviewerEmails() { return reviewerEmails; }
    public void setReviewerEmails(String reviewerEmails) { this.reviewerEmails = reviewerEmails; }
    public boolean isDeclaredNoConflict() { return declaredNoConflict; }
    public void setDeclaredNoConflict(boolean declaredNoConflict) { this.declaredNoConflict = declaredNoConflict; }
    public List<JudgementRow> getJudgements() { return judgements; }
    public CourseDecision getRecommendation() { return recommendation; }
    public void setRecommendation(CourseDecision recommendation) { this.recommendation = recommendation; }
    public String getReviewComments() { return reviewComments; }
    public void setReviewComments(String reviewComments) { this.reviewComments = reviewComments; }
    public CourseDecision getDecision() { return decision; }
    public void setDecision(CourseDecision decision) { this.decision = decision; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public List<ConditionRow> getConditions() { return conditions; }
    public Map<Integer, String> getResponses() { return responses; }
    public Integer getCohorts() { return cohorts; }
    public void setCohorts(Integer cohorts) { this.cohorts = cohorts; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }
    public String getEvaluationSummary() { return evaluationSummary; }
    public void setEvaluationSummary(String evaluationSummary) { this.evaluationSummary = evaluationSummary; }
    public String getChanges() { return changes; }
    public void setChanges(String changes) { this.changes = changes; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public AppealOutcome getAppealOutcome() { return appealOutcome; }
    public void setAppealOutcome(AppealOutcome appealOutcome) { this.appealOutcome = appealOutcome; }
    public String getAppealNote() { return appealNote; }
    public void setAppealNote(String appealNote) { this.appealNote = appealNote; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public LocalDate getWithdrawalOn() { return withdrawalOn; }
    public void setWithdrawalOn(LocalDate withdrawalOn) { this.withdrawalOn = withdrawalOn; }
    public boolean isRevokeCredentials() { return revokeCredentials; }
    public void setRevokeCredentials(boolean revokeCredentials) { this.revokeCredentials = revokeCredentials; }
    public List<CompletionFormRow> getCompletionRows() { return completionRows; }
}
