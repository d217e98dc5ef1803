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
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.PageRequest;
import org.healthengineering.portal.web.view.PageMessages;
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

    private Long frameworkId;
    private Framework framework;
    private List<Framework> published;
    private List<Map.Entry<Competency, Integer>> rows;
    private Map<Long, Integer> levels;
    private Competency selected;
    private Integer level;
    private String note;
    private String evidenceText;
    private String evidenceUrl;
    private List<Long> cpdActivityIds = new ArrayList<>();
    private List<CompetencyAssessment> history = List.of();

    public void load() {
        published = catalogue.frameworks().stream().filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED).toList();
        if (frameworkId == null && !published.isEmpty()) {
            frameworkId = published.get(0).getId();
        }
        if (frameworkId != null) {
            framework = catalogue.getFramework(frameworkId);
            if (framework.getStatus() != FrameworkStatus.PUBLISHED) {
                throw new NotFoundException("Published framework", frameworkId);
            }
            rows = CompetencyTree.of(catalogue.competencies(frameworkId)).flatten();
            levels = selfAssessment.currentLevels(frameworkId);
        }
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
            throw InvalidInputException.of("level", "Choose a level.");
        }
        selfAssessment.assess(selected.getId(), level, note, evidenceText, evidenceUrl, new HashSet<>(cpdActivityIds));
        levels = selfAssessment.currentLevels(frameworkId);
        messages.info("Assessment saved: " + selected.getCode() + " at level " + level + ".");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public String levelLabel(Long competencyId) {
        Integer current = levels.get(competencyId);
        if (current == null) {
            return "not assessed";
        }
        return current + " " + framework.level(current).map(ProficiencyLevel::getLabel).orElse("");
    }

    public boolean proficient(Competency competency) {
        Integer current = levels.get(competency.getId());
        return current != null && framework.isProficient(current, competency.getProficientFrom());
    }

    public List<CpdActivity> getMyActivities() {
        return cpdLog.activities(CpdQuery.everything(), new PageRequest(0, 100, null, false)).items();
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

    public List<Framework> getPublished() {
        return published;
    }

    public List<Map.Entry<Competency, Integer>> getRows() {
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
