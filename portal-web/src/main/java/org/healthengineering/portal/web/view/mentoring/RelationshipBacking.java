package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.mentoring.Mentorings;
import org.healthengineering.portal.application.mentoring.Verifications;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Formats;
import org.healthengineering.portal.web.faces.Words;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.frameworks.ScaleWords;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mentoring relationship: the engineer's request and its message, goals, meetings (with the reader's own
 * private notes), actions; the engineer asks for verification, the mentor verifies the engineer's competencies,
 * choosing from each competency's own scale, and reads their evidence.
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
    FrameworkCatalogue catalogue;

    @Inject
    RoleProfiles roles;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    @Inject
    ScaleWords scaleWords;

    @Inject
    Words words;

    @Inject
    Formats formats;

    private long id;
    private Mentorings.Detail detail;
    private String roleTitle;
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
    private List<Choice> mine = List.of();
    private Map<Long, List<ProficiencyLevel>> scales = Map.of();

    /** Reads the relationship and, for its mentor or engineer, what verification needs, with the scales. */
    public void load() {
        detail = mentorings.detail(id);
        Mentoring mentoring = detail.mentoring();
        boolean active = mentoring.isActive();
        boolean mentor = isMentor();
        long mentee = mentoring.getMenteeId();
        standing = mentor && active ? verifications.standing(mentee) : List.of();
        evidence = mentor && active ? locker.evidenceOfEngineer(mentee) : List.of();
        List<Verifications.Standing> own = !mentor && active ? verifications.standing(caller.accountId()) : List.of();
        Set<Long> competencies = new HashSet<>();
        standing.forEach(s -> competencies.add(s.competencyId()));
        own.forEach(s -> competencies.add(s.competencyId()));
        scales = catalogue.scales(competencies);
        mine = own.stream().map(s -> new Choice(s.competencyId(), messages.text("relationship.ownCompetency",
                s.code(), s.title(), levelWords(s.competencyId(), s.selfLevel())))).toList();
        if (roleTitle == null && mentoring.getRoleCode() != null) {
            roleTitle = roles.role(mentoring.getRoleCode()).getTitle();
        }
    }

    public boolean isMentor() {
        return detail.mentoring().getMentorId() == caller.accountId();
    }

    public boolean isActive() {
        return detail.mentoring().isActive();
    }

    /** "Jo Engineer with Sam Mentor". */
    public String getTitle() {
        return messages.text("relationship.title", detail.menteeName(), detail.mentorName());
    }

    /** Where the relationship stands, towards which role, since when. */
    public String getSummary() {
        Mentoring mentoring = detail.mentoring();
        String status = messages.text("relationship.status", words.of(mentoring.getStatus()),
                formats.date(mentoring.getRequestedAt()));
        return roleTitle == null ? status : status + " · " + messages.text("relationship.towards", roleTitle);
    }

    /** A level of a competency in its framework's words: "3 — Independent practice"; nothing for no level. */
    public String levelWords(Long competencyId, Integer level) {
        if (level == null) {
            return messages.text("relationship.noLevel");
        }
        return scaleWords.of(competencyId == null ? null : scales.get(competencyId), level);
    }

    public List<Verifications.Standing> getStanding() {
        return standing;
    }

    public List<EvidenceLocker.Item> getEvidence() {
        return evidence;
    }

    /** The engineer's own competencies, to ask for verification of. */
    public List<Choice> getMine() {
        return mine;
    }

    /** Opens the verification of one of the engineer's competencies. */
    public void startVerification(long competencyId) {
        verifyCompetency = competencyId;
        verifyLevel = null;
        verifyReason = null;
    }

    /** The competency being verified, as the engineer stands in it. */
    public Verifications.Standing getVerifying() {
        return standing.stream().filter(s -> verifyCompetency != null && s.competencyId() == verifyCompetency)
                .findFirst().orElse(null);
    }

    /** The levels of the scale of the competency being verified, named. */
    public List<Choice> getVerifyLevels() {
        return verifyCompetency == null ? List.of() : scaleWords.choices(scales.get(verifyCompetency));
    }

    public void addGoal() {
        run(() -> mentorings.addGoal(id, goalTitle, goalDue), "relationship.goalAgreed");
        goalTitle = null;
        goalDue = null;
    }

    public void goalDone(long goalId, boolean done) {
        run(() -> mentorings.goalDone(id, goalId, done), done ? "relationship.goalMarkedDone" : "relationship.goalReopened");
    }

    public void addMeeting() {
        run(() -> mentorings.addMeeting(id, heldOn, sharedNotes, privateNote), "relationship.meetingLogged");
        heldOn = null;
        sharedNotes = null;
        privateNote = null;
    }

    public void addAction() {
        Mentoring m = detail.mentoring();
        long owner = actionForOther ? m.otherThan(caller.accountId()) : caller.accountId();
        run(() -> mentorings.addAction(id, actionText, owner, null), "relationship.actionAdded");
        actionText = null;
        actionForOther = false;
    }

    public void actionDone(long actionId, boolean done) {
        run(() -> mentorings.actionDone(id, actionId, done),
                done ? "relationship.actionMarkedDone" : "relationship.actionReopened");
    }

    /** Records the mentor's verification; the dialog closes once it is saved. */
    public void verify() {
        if (verifyLevel == null) {
            throw InvalidInputException.of("level", messages.text("relationship.chooseLevel"));
        }
        run(() -> verifications.verify(detail.mentoring().getMenteeId(), verifyCompetency, verifyLevel,
                verifyReason), "relationship.verified");
        verifyReason = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public void requestVerification() {
        if (requestCompetency == null) {
            throw InvalidInputException.of("competency", messages.text("relationship.chooseCompetency"));
        }
        run(() -> verifications.request(id, requestCompetency), "relationship.mentorAsked");
    }

    public void close() {
        run(() -> mentorings.close(id), "relationship.closed");
    }

    public String name(long accountId) {
        return accountId == detail.mentoring().getMenteeId() ? detail.menteeName() : detail.mentorName();
    }

    /** "For Sam Mentor": an action can belong to the other participant. */
    public String getForOtherLabel() {
        return messages.text("relationship.forOther", name(detail.mentoring().otherThan(caller.accountId())));
    }

    private void run(Runnable action, String doneKey) {
        action.run();
        messages.info(doneKey);
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
    public Integer getVerifyLevel() { return verifyLevel; }
    public void setVerifyLevel(Integer verifyLevel) { this.verifyLevel = verifyLevel; }
    public String getVerifyReason() { return verifyReason; }
    public void setVerifyReason(String verifyReason) { this.verifyReason = verifyReason; }
    public Long getRequestCompetency() { return requestCompetency; }
    public void setRequestCompetency(Long requestCompetency) { this.requestCompetency = requestCompetency; }
}
