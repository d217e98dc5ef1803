package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionCases;
import org.healthengineering.portal.application.recognition.RecognitionReviews;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.recognition.AreaJudgement;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.recognition.RecognitionReview;
import org.healthengineering.portal.domain.recognition.SchemeArea;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Words;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An application as a reviewer or a member of the interview panel reads it: the statements, the evidence, what the
 * referees said, what the eligibility engine finds; then the reviewer's report (the declaration of no conflict, a
 * grade per area, a recommendation and a comment) or a step down, or the interview's report once it has taken place.
 */
@Named
@ViewScoped
public class RecognitionReviewBacking implements Serializable {

    @Inject
    RecognitionReviews reviews;

    @Inject
    PageMessages messages;

    @Inject
    Words words;

    private Long id;
    private RecognitionCases.ApplicationView view;
    private final Map<Long, String> grades = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private boolean declaredNoConflict;
    private RecognitionOutcome recommendation;
    private String comment;
    private String report;
    private boolean steppedDown;

    public void load() {
        view = reviews.get(id == null ? -1 : id);
    }

    public void report() {
        List<AreaJudgement.Given> given = new ArrayList<>();
        for (SchemeArea area : view.scheme().scheme().getAreas()) {
            String grade = grades.get(area.getCompetencyId());
            given.add(new AreaJudgement.Given(area.getCompetencyId(), grade == null || grade.isBlank() ? null
                    : Grade.valueOf(grade), comments.get(area.getCompetencyId())));
        }
        view = reviews.report(view.application().getId(), declaredNoConflict, given, recommendation, comment);
        messages.info("review.done.reported");
    }

    public void stepDown() {
        reviews.stepDown(view.application().getId());
        steppedDown = true;
        messages.info("review.done.steppedDown");
    }

    public void reportInterview() {
        view = reviews.reportInterview(view.application().getId(), report, recommendation);
        messages.info("review.done.interview");
    }

    /** The caller's own review of the current round, still to be written. */
    public boolean isToReview() {
        return !steppedDown && view.audience() == RecognitionCases.Audience.REVIEWER
                && view.application().getState() == ApplicationState.UNDER_REVIEW
                && view.reviews().stream().anyMatch(r -> r.getRound() == view.application().getRound()
                && r.isPending());
    }

    public boolean isToInterview() {
        return view.audience() == RecognitionCases.Audience.INTERVIEWER
                && view.application().getState() == ApplicationState.INTERVIEW_SCHEDULED;
    }

    public List<Choice> getGradeChoices() {
        return Arrays.stream(Grade.values()).map(g -> new Choice(g.name(), words.of(g))).toList();
    }

    public RecognitionOutcome[] getOutcomes() {
        return RecognitionOutcome.values();
    }

    public String areaTitle(Long competencyId) {
        return view.scheme().scheme().area(competencyId).map(SchemeArea::getTitle).orElse("");
    }

    public List<RecognitionReview> getReported() {
        return view.reviews().stream().filter(RecognitionReview::isReported).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RecognitionCases.ApplicationView getView() { return view; }
    public Map<Long, String> getGrades() { return grades; }
    public Map<Long, String> getComments() { return comments; }
    public boolean isDeclaredNoConflict() { return declaredNoConflict; }
    public void setDeclaredNoConflict(boolean declaredNoConflict) { this.declaredNoConflict = declaredNoConflict; }
    public RecognitionOutcome getRecommendation() { return recommendation; }
    public void setRecommendation(RecognitionOutcome recommendation) { this.recommendation = recommendation; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
}
