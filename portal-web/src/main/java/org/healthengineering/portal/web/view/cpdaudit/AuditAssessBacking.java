package org.healthengineering.portal.web.view.cpdaudit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpdaudit.AuditAssessments;
import org.healthengineering.portal.application.cpdaudit.CaseView;
import org.healthengineering.portal.domain.cpdaudit.AssessorPart;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;
import org.healthengineering.portal.domain.cpdaudit.CaseAssessment;
import org.healthengineering.portal.domain.cpdaudit.CaseState;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.cpdaudit.StandardGrade;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * An assessor's (or moderator's) view of a CPD profile assigned to them: the profile as submitted, read-only;
 * the declaration of no conflict of interest and a grade with a comment for every standard (a moderator: for the
 * standards the two assessors disagree on); then their grades as given.
 */
@Named
@ViewScoped
public class AuditAssessBacking implements Serializable {

    /** The grade being given to one standard. */
    public static class GradeRow implements Serializable {
        private final String standard;
        private final String statement;
        private Grade grade;
        private String comment;

        GradeRow(AuditStandard standard) {
            this.standard = standard.getCode();
            this.statement = standard.getStatement();
        }

        public String getStandard() { return standard; }
        public String getStatement() { return statement; }
        public Grade getGrade() { return grade; }
        public void setGrade(Grade grade) { this.grade = grade; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    @Inject
    AuditAssessments assessments;

    @Inject
    PageMessages messages;

    private Long id;
    private CaseView view;
    private boolean declaresNoConflict;
    private List<GradeRow> grades;

    public void load() {
        view = assessments.get(id == null ? -1 : id);
        Set<String> asked = isModerator() ? view.disputed() : null;
        grades = view.campaign().getStandards().stream().filter(s -> asked == null || asked.contains(s.getCode()))
                .map(GradeRow::new).toList();
        declaresNoConflict = false;
    }

    public void send() {
        List<StandardGrade.Given> given = grades.stream()
                .map(g -> new StandardGrade.Given(g.getStandard(), g.getGrade(), g.getComment())).toList();
        if (isModerator()) {
            assessments.moderate(id, given, declaresNoConflict);
        } else {
            assessments.grade(id, given, declaresNoConflict);
        }
        messages.info("cpdAudit.done.graded", view.campaign().getTitle());
        load();
    }

    /** My assessment in the current round, if I have one. */
    public CaseAssessment getMine() {
        return view.auditCase().assessmentOf(view.readerId()).orElse(null);
    }

    public boolean isModerator() {
        CaseAssessment mine = getMine();
        return mine != null && mine.getPart() == AssessorPart.MODERATOR;
    }

    /** Whether my grades are awaited now. */
    public boolean isGrading() {
        CaseAssessment mine = getMine();
        return mine != null && !mine.isGraded() && view.auditCase().getState() == CaseState.UNDER_ASSESSMENT;
    }

    public Grade[] getGradeChoices() {
        return Grade.values();
    }

    public CaseView getView() { return view; }
    public AuditCase getAuditCase() { return view.auditCase(); }
    public List<GradeRow> getGrades() { return grades; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isDeclaresNoConflict() { return declaresNoConflict; }
    public void setDeclaresNoConflict(boolean declaresNoConflict) { this.declaresNoConflict = declaresNoConflict; }
}
