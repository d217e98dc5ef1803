package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionCases;
import org.healthengineering.portal.application.recognition.RecognitionPanel;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An application for recognition as the body's administrators work on it: everything the reviewers and the panel
 * read, then the step it waits for: two reviewers to assign, the interview to arrange, the panel's decision (award
 * with its date, deferral with development feedback, refusal with reasons) or a referral back for a fresh review,
 * an appeal to decide, and, for an award, its removal from the public register.
 */
@Named
@ViewScoped
public class RecognitionCaseBacking implements Serializable {

    @Inject
    RecognitionPanel panel;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private Long id;
    private RecognitionCases.ApplicationView view;
    private List<Choice> people = List.of();
    private final Map<Long, String> emails = new HashMap<>();
    private List<Long> reviewers = new ArrayList<>();
    private List<Long> interviewers = new ArrayList<>();
    private LocalDate interviewDay;
    private String interviewTime;
    private String place;
    private RecognitionOutcome outcome;
    private LocalDate awardedOn;
    private String note;
    private AppealDecision appealDecision;
    private String reason;

    public void load() {
        view = panel.get(id == null ? -1 : id);
        List<Account> accounts = panel.people();
        accounts.forEach(a -> emails.put(a.getId(), a.getEmail()));
        people = accounts.stream().filter(a -> !a.getId().equals(view.application().getApplicantId()))
                .map(a -> new Choice(a.getId(), a.getDisplayName() + " (" + a.getEmail() + ")")).toList();
        reviewers = new ArrayList<>(view.application().currentReviews().stream().map(r -> r.getReviewerId()).toList());
        awardedOn = LocalDate.now(clock);
    }

    public void assignReviewers() {
        view = panel.assignReviewers(view.application().getId(), reviewers.stream().map(emails::get).toList());
        messages.info("case.done.reviewers");
    }

    public void scheduleInterview() {
        Instant startsAt = null;
        if (interviewDay != null && interviewTime != null && !interviewTime.isBlank()) {
            try {
                startsAt = interviewDay.atTime(LocalTime.parse(interviewTime.trim())).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("interviewTime", messages.text("case.timeFormat"));
            }
        }
        view = panel.scheduleInterview(view.application().getId(), startsAt, place,
                interviewers.stream().map(emails::get).toList());
        messages.info("case.done.interview");
    }

    public void decide() {
        view = panel.decide(view.application().getId(), new RecognitionApplication.Decision(outcome,
                outcome == RecognitionOutcome.AWARD ? awardedOn : null, note));
        messages.info("case.done.decided");
    }

    public void referBack() {
        view = panel.referBack(view.application().getId(), note);
        messages.info("case.done.referred");
    }

    public void decideAppeal() {
        view = panel.decideAppeal(view.application().getId(), appealDecision, reason);
        messages.info("case.done.appeal");
    }

    public void removeFromRegister() {
        view = panel.removeFromRegister(view.application().getId(), reason);
        messages.info("case.done.removed");
    }

    private ApplicationState state() {
        return view.application().getState();
    }

    public boolean isAssigning() {
        return state() == ApplicationState.UNDER_REVIEW && !view.application().reviewsComplete();
    }

    public boolean isArranging() {
        return view.scheme().scheme().isInterviewHeld() && (view.application().awaitsInterview()
                || state() == ApplicationState.INTERVIEW_SCHEDULED);
    }

    public boolean isDeciding() {
        return state() == ApplicationState.WITH_PANEL;
    }

    public boolean isAppealing() {
        return state() == ApplicationState.APPEAL_LODGED;
    }

    public boolean isRemovable() {
        return state() == ApplicationState.AWARDED && view.application().getRemovedAt() == null;
    }

    public RecognitionOutcome[] getOutcomes() { return RecognitionOutcome.values(); }
    public AppealDecision[] getAppealDecisions() { return AppealDecision.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RecognitionCases.ApplicationView getView() { return view; }
    public List<Choice> getPeople() { return people; }
    public List<Long> getReviewers() { return reviewers; }
    public void setReviewers(List<Long> reviewers) { this.reviewers = reviewers; }
    public List<Long> getInterviewers() { return interviewers; }
    public void setInterviewers(List<Long> interviewers) { this.interviewers = interviewers; }
    public LocalDate getInterviewDay() { return interviewDay; }
    public void setInterviewDay(LocalDate interviewDay) { this.interviewDay = interviewDay; }
    public String getInterviewTime() { return interviewTime; }
    public void setInterviewTime(String interviewTime) { this.interviewTime = interviewTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public RecognitionOutcome getOutcome() { return outcome; }
    public void setOutcome(RecognitionOutcome outcome) { this.outcome = outcome; }
    public LocalDate getAwardedOn() { return awardedOn; }
    public void setAwardedOn(LocalDate awardedOn) { this.awardedOn = awardedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public AppealDecision getAppealDecision() { return appealDecision; }
    public void setAppealDecision(AppealDecision appealDecision) { this.appealDecision = appealDecision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
