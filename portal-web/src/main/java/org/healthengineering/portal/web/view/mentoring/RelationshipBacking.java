package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.application.mentoring.Mentorings;
import org.healthengineering.portal.application.mentoring.Verifications;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One mentoring relationship: goals, meetings (with the reader's own private notes), actions; the engineer asks
 * for verification, the mentor verifies the engineer's competencies and reads their evidence.
 */
@Named
@ViewScoped
public class RelationshipBacking implements Serializable {

    @Inject
    Mentorings mentorings;

    @Inject
    Verifications verifications;

    @Inject
    EvidenceLocker locker;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private long id;
    private Mentorings.Detail detail;
    private String goalTitle;
    private LocalDate goalDue;
    private LocalDate heldOn;
    private String sharedNotes;
    private String privateNote;
    private String actionText;
    private boolean actionForOther;
    private Long verifyCompetency;
    private Integer verifyLevel;
    private String verifyReason;
    private Long requestCompetency;
    private List<Verifications.Standing> standing = List.of();
    private List<EvidenceLocker.Item> evidence = List.of();
    private List<Verifications.Standing> mine = List.of();

    /** Reads the relationship and, for its mentor or engineer, what verification needs. */
    public void load() {
        detail = mentorings.detail(id);
        boolean active = detail.mentoring().isActive();
        boolean mentor = isMentor();
        long mentee = detail.mentoring().getMenteeId();
        standing = mentor && active ? verifications.standing(mentee) : List.of();
        evidence = mentor && active ? locker.evidenceOfEngineer(mentee) : List.of();
        mine = !mentor && active ? verifications.standing(caller.accountId()) : List.of();
    }

    public boolean isMentor() {
        return detail.mentoring().getMentorId() == caller.accountId();
    }

    public boolean isActive() {
        return detail.mentoring().isActive();
    }

    public List<Verifications.Standing> getStanding() {
        return standing;
    }

    public List<EvidenceLocker.Item> getEvidence() {
        return evidence;
    }

    /** The engineer's own competencies, to ask for verification of. */
    public List<Verifications.Standing> getMine() {
        return mine;
    }

    public void addGoal() {
        run(() -> mentorings.addGoal(id, goalTitle, goalDue), "Goal agreed.");
        goalTitle = null;
        goalDue = null;
    }

    public void goalDone(long goalId, boolean done) {
        run(() -> mentorings.goalDone(id, goalId, done), done ? "Goal done." : "Goal reopened.");
    }

    public void addMeeting() {
        run(() -> mentorings.addMeeting(id, heldOn, sharedNotes, privateNote), "Meeting logged.");
        heldOn = null;
        sharedNotes = null;
        privateNote = null;
    }

    public void writePrivateNote(long meetingId, String note) {
        run(() -> mentorings.writePrivateNote(id, meetingId, note), "Your private note is saved.");
    }

    public void addAction() {
        Mentoring m = detail.mentoring();
        long owner = actionForOther ? m.otherThan(caller.accountId()) : caller.accountId();
        run(() -> mentorings.addAction(id, actionText, owner, null), "Action added.");
        actionText = null;
    }

    public void actionDone(long actionId, boolean done) {
        run(() -> mentorings.actionDone(id, actionId, done), done ? "Action done." : "Action reopened.");
    }

    public void verify() {
        if (verifyCompetency == null || verifyLevel == null) {
            messages.error("Choose the competency and the level you judge.");
            return;
        }
        run(() -> verifications.verify(detail.mentoring().getMenteeId(), verifyCompetency, verifyLevel,
                verifyReason), "Verification recorded.");
        verifyReason = null;
    }

    public void requestVerification() {
        if (requestCompetency == null) {
            messages.error("Choose a competency.");
            return;
        }
        run(() -> verifications.request(id, requestCompetency), "Your mentor has been asked.");
    }

    public void close() {
        run(() -> mentorings.close(id), "The relationship is closed.");
    }

    public String name(long accountId) {
        return accountId == detail.mentoring().getMenteeId() ? detail.menteeName() : detail.mentorName();
    }

    private void run(Runnable action, String done) {
        action.run();
        messages.info(done);
        load();
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public Mentorings.Detail getDetail() { return detail; }
    public String getGoalTitle() { return goalTitle; }
    public void setGoalTitle(String goalTitle) { this.goalTitle = goalTitle; }
    public LocalDate getGoalDue() { return goalDue; }
    public void setGoalDue(LocalDate goalDue) { this.goalDue = goalDue; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getSharedNotes() { return sharedNotes; }
    public void setSharedNotes(String sharedNotes) { this.sharedNotes = sharedNotes; }
    public String getPrivateNote() { return privateNote; }
    public void setPrivateNote(String privateNote) { this.privateNote = privateNote; }
    public String getActionText() { return actionText; }
    public void setActionText(String actionText) { this.actionText = actionText; }
    public boolean isActionForOther() { return actionForOther; }
    public void setActionForOther(boolean actionForOther) { this.actionForOther = actionForOther; }
    public Long getVerifyCompetency() { return verifyCompetency; }
    public void setVerifyCompetency(Long verifyCompetency) { this.verifyCompetency = verifyCompetency; }
    public Integer getVerifyLevel() { return verifyLevel; }
    public void setVerifyLevel(Integer verifyLevel) { this.verifyLevel = verifyLevel; }
    public String getVerifyReason() { return verifyReason; }
    public void setVerifyReason(String verifyReason) { this.verifyReason = verifyReason; }
    public Long getRequestCompetency() { return requestCompetency; }
    public void setRequestCompetency(Long requestCompetency) { this.requestCompetency = requestCompetency; }
}
