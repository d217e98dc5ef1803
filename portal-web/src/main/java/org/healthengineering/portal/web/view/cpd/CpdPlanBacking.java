package org.healthengineering.portal.web.view.cpd;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.application.cpd.CpdPlan;
import org.healthengineering.portal.application.cpd.CpdQuery;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.cpd.Outcome;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.PageRequest;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Formats;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** The CPD plan on the CPD page: objectives, the activities serving them, and their evaluation. */
@Named
@ViewScoped
public class CpdPlanBacking implements Serializable {

    @Inject
    CpdPlan plan;

    @Inject
    CpdLog cpdLog;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private Long editingId;
    private String title;
    private String description;
    private LocalDate targetDate;
    private String roleCode;
    private List<Long> activityIds = new ArrayList<>();
    private Long evaluatingId;
    private Outcome outcome;
    private String evaluation;
    private String gapsRole;
    private List<CpdObjective> objectives;
    private List<CpdActivity> activities;
    private Map<Long, String> activityTitles;

    @Inject
    Formats formats;
    private List<RoleProfile> roles;

    /** The plan, read once per view and again after each change (JSF asks for it several times per request). */
    public List<CpdObjective> getObjectives() {
        if (objectives == null) {
            objectives = plan.objectives();
        }
        return objectives;
    }

    /** The engineer's latest 500 activities, to link to objectives. */
    public List<CpdActivity> getActivities() {
        if (activities == null) {
            activities = cpdLog.activities(new CpdQuery(null, null, null, null),
                    new PageRequest(0, PageRequest.MAX_LIMIT, null, false)).items();
        }
        return activities;
    }

    public List<RoleProfile> getRoles() {
        if (roles == null) {
            roles = roleProfiles.roles();
        }
        return roles;
    }

    public boolean due(CpdObjective objective) {
        return objective.awaitsEvaluation(LocalDate.now(clock));
    }

    public void start(CpdObjective objective) {
        activities = null;
        editingId = objective == null ? null : objective.getId();
        title = objective == null ? null : objective.getTitle();
        description = objective == null ? null : objective.getDescription();
        targetDate = objective == null ? null : objective.getTargetDate();
        roleCode = objective == null ? null : objective.getRoleCode();
        activityIds = objective == null ? new ArrayList<>() : new ArrayList<>(objective.getActivityIds());
    }

    public void save() {
        Long competencyId = editingId == null ? null : getObjectives().stream()
                .filter(o -> o.getId().equals(editingId)).findFirst().map(CpdObjective::getCompetencyId).orElse(null);
        CpdObjective.Plan details = new CpdObjective.Plan(title, description, targetDate, competencyId, roleCode);
        CpdObjective saved = editingId == null ? plan.plan(details) : plan.revise(editingId, details);
        plan.serveWith(saved.getId(), new HashSet<>(activityIds));
        objectives = null;
        activityTitles = null;
        messages.info("plan.saved");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public void startEvaluation(CpdObjective objective) {
        evaluatingId = objective.getId();
        outcome = objective.getOutcome();
        evaluation = objective.getEvaluation();
    }

    public void evaluate() {
        plan.evaluate(evaluatingId, outcome, evaluation);
        objectives = null;
        activityTitles = null;
        messages.info("plan.evaluated");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public void remove(long id) {
        plan.remove(id);
        objectives = null;
        activityTitles = null;
        messages.info("plan.removed");
    }

    public void planFromGaps() {
        if (gapsRole == null) {
            throw InvalidInputException.of("gaps-role", messages.text("plan.chooseRole"));
        }
        int planned = plan.planFromGaps(gapsRole).size();
        objectives = null;
        activityTitles = null;
        messages.info("plan.fromGapsDone", planned);
    }

    /** The activities as options: title and the date it ended. */
    public List<Choice> getActivityChoices() {
        return getActivities().stream()
                .map(a -> new Choice(a.getId(), a.getTitle() + " (" + formats.date(a.getPeriod().getEnd()) + ")"))
                .toList();
    }

    /**
     * The titles of the activities serving an objective: those of every objective's activities, read in one
     * statement once per view and again after each change (the page lists objectives; its dialog lists activities).
     */
    public String titles(CpdObjective objective) {
        if (activityTitles == null) {
            Set<Long> ids = new HashSet<>();
            getObjectives().forEach(o -> ids.addAll(o.getActivityIds()));
            activityTitles = cpdLog.titles(ids);
        }
        return String.join("; ", activityTitles.entrySet().stream()
                .filter(e -> objective.getActivityIds().contains(e.getKey())).map(Map.Entry::getValue).toList());
    }

    public Outcome[] getOutcomes() { return Outcome.values(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public List<Long> getActivityIds() { return activityIds; }
    public void setActivityIds(List<Long> activityIds) { this.activityIds = activityIds; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getEvaluation() { return evaluation; }
    public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
    public String getGapsRole() { return gapsRole; }
    public void setGapsRole(String gapsRole) { this.gapsRole = gapsRole; }
}
