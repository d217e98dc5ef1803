package org.healthengineering.portal.web.view.competence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.assessment.SelfAssessment;
import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.application.cpd.CpdQuery;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CompetencyTree;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.PageRequest;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Formats;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.frameworks.ScaleWords;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Self-assessment against one published framework: current levels, a dialog to assess, and the history. */
@Named
@ViewScoped
public class AssessBacking implements Serializable {

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    SelfAssessment selfAssessment;

    @Inject
    CpdLog cpdLog;

    @Inject
    PageMessages messages;

    @Inject
    ScaleWords scaleWords;

    @Inject
    Formats formats;

    private Long frameworkId;
    private Long chosenFrameworkId;
    private Framework framework;
    private List<Choice> published;
    private List<Choice> levelChoices = List.of();
    private List<Choice> myActivities;
    private List<CompetencyTree.Row> rows;
    private Map<Long, Integer> levels;
    private Competency selected;
    private Integer level;
    private String note;
    private String evidenceText;
    private String evidenceUrl;
    private List<Long> cpdActivityIds = new ArrayList<>();
    private List<CompetencyAssessment> history = List.of();

    public void load() {
        List<Framework> frameworks = catalogue.frameworks().stream()
                .filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED).toList();
        published = frameworks.stream().map(f -> new Choice(f.getId(), f.getTitle() + " " + f.getVersionLabel()))
                .toList();
        if (frameworkId == null && !frameworks.isEmpty()) {
            frameworkId = frameworks.get(0).getId();
        }
        chosenFrameworkId = frameworkId;
        if (frameworkId != null) {
            framework = catalogue.getFramework(frameworkId);
            if (framework.getStatus() != FrameworkStatus.PUBLISHED) {
                throw new NotFoundException("Published framework", frameworkId);
            }
            rows = CompetencyTree.of(catalogue.competencies(frameworkId)).flatten();
            levels = selfAssessment.currentLevels(frameworkId);
            levelChoices = scaleWords.choices(framework.getLevels());
        }
    }

    /** Shows the chosen framework, at an address that can be bookmarked. */
    public String show() {
        return "/competence/assess?faces-redirect=true" + (chosenFrameworkId == null ? "" : "&framework=" + chosenFrameworkId);
    }

    public void select(long competencyId) {
        selected = catalogue.getCompetency(competencyId);
        level = levels.get(competencyId);
        note = null;
        evidenceText = null;
        evidenceUrl = null;
        cpdActivityIds = new ArrayList<>();
        history = selfAssessment.history(competencyId);
    }

    public String assess() {
        if (level == null) {
            throw InvalidInputException.of("level", messages.text("assess.chooseLevel"));
        }
        selfAssessment.assess(selected.getId(), level, note, evidenceText, evidenceUrl, new HashSet<>(cpdActivityIds));
        levels = selfAssessment.currentLevels(frameworkId);
        messages.info("assess.saved", selected.getCode(), scaleWords.of(framework.getLevels(), level));
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    /** The current level in words, "3 — Apply", or that there is none yet. */
    public String levelLabel(Long competencyId) {
        Integer current = levels.get(competencyId);
        return current == null ? messages.text("assess.notAssessed") : scaleWords.of(framework.getLevels(), current);
    }

    public boolean proficient(Competency competency) {
        Integer current = levels.get(competency.getId());
        return current != null && framework.isProficient(current, competency.getProficientFrom());
    }

    /** The engineer's latest CPD activities, to link as evidence: read once per view. */
    public List<Choice> getMyActivities() {
        if (myActivities == null) {
            myActivities = cpdLog.activities(CpdQuery.everything(), new PageRequest(0, 100, null, false)).items()
                    .stream().map(this::activityChoice).toList();
        }
        return myActivities;
    }

    private Choice activityChoice(CpdActivity activity) {
        return new Choice(activity.getId(), messages.text("assess.activityChoice", activity.getTitle(),
                formats.date(activity.getPeriod().getEnd())));
    }

    public List<Choice> getLevelChoices() {
        return levelChoices;
    }

    public Long getChosenFrameworkId() {
        return chosenFrameworkId;
    }

    public void setChosenFrameworkId(Long chosenFrameworkId) {
        this.chosenFrameworkId = chosenFrameworkId;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(Long frameworkId) {
        this.frameworkId = frameworkId;
    }

    public Framework getFramework() {
        return framework;
    }

    public List<Choice> getPublished() {
        return published;
    }

    public List<CompetencyTree.Row> getRows() {
        return rows;
    }

    public Competency getSelected() {
        return selected;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public void setEvidenceText(String evidenceText) {
        this.evidenceText = evidenceText;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public List<Long> getCpdActivityIds() {
        return cpdActivityIds;
    }

    public void setCpdActivityIds(List<Long> cpdActivityIds) {
        this.cpdActivityIds = cpdActivityIds;
    }

    public List<CompetencyAssessment> getHistory() {
        return history;
    }
}
