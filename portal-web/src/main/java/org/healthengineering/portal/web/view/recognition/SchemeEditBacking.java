package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionSchemes;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.recognition.SchemeArea;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.eligibility.CriterionRow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A body administrator defines a recognition scheme, or changes one: its name and post-nominal letters, the role
 * assessed, the areas of competence with their word limits, the eligibility criteria, the evidence files asked,
 * whether an interview is held, how long an award lasts and how it is renewed. Once applications are in progress,
 * what they are assessed on stays as it is (the service says so where it applies).
 */
@Named
@ViewScoped
public class SchemeEditBacking implements Serializable {

    @Inject
    RecognitionSchemes schemes;

    @Inject
    PageMessages messages;

    private Long id;
    private RecognitionSchemes.SchemeView view;
    private String bodyCode;
    private String code;
    private String name;
    private String summary;
    private String postNominal;
    private String roleCode;
    private List<AreaRow> areas = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private Integer evidenceFilesRequired = 0;
    private boolean interviewHeld;
    private Integer validityYears = 5;
    private String renewalRule;
    private List<Choice> bodyChoices = List.of();

    /** One area of competence as the form holds it. */
    public static final class AreaRow implements Serializable {
        private Long competencyId;
        private String title;
        private Integer wordLimit = 500;

        SchemeArea.Given given() {
            return new SchemeArea.Given(competencyId, title, wordLimit);
        }

        public Long getCompetencyId() { return competencyId; }
        public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Integer getWordLimit() { return wordLimit; }
        public void setWordLimit(Integer wordLimit) { this.wordLimit = wordLimit; }
    }

    public void load() {
        bodyChoices = schemes.bodiesToChoose().stream().map(b -> new Choice(b.getCode(), b.getName())).toList();
        if (id == null) {
            areas.add(new AreaRow());
            return;
        }
        view = schemes.get(id);
        RecognitionScheme s = view.scheme();
        bodyCode = view.bodyCode();
        code = s.getCode();
        name = s.getName();
        summary = s.getSummary();
        postNominal = s.getPostNominal();
        roleCode = s.getRoleCode();
        areas = new ArrayList<>(s.getAreas().stream().map(a -> {
            AreaRow row = new AreaRow();
            row.competencyId = a.getCompetencyId();
            row.title = a.getTitle();
            row.wordLimit = a.getWordLimit();
            return row;
        }).toList());
        criteria = new ArrayList<>(s.getCriteria().stream().map(CriterionRow::of).toList());
        evidenceFilesRequired = s.getEvidenceFilesRequired();
        interviewHeld = s.isInterviewHeld();
        validityYears = s.getValidityYears();
        renewalRule = s.getRenewalRule();
    }

    public String save() {
        RecognitionScheme.Terms terms = new RecognitionScheme.Terms(code, name, summary, postNominal, roleCode,
                areas.stream().map(AreaRow::given).toList(), criteria.stream().map(CriterionRow::criterion).toList(),
                evidenceFilesRequired, interviewHeld, validityYears, renewalRule);
        RecognitionSchemes.SchemeView saved = id == null ? schemes.define(bodyCode, terms) : schemes.revise(id, terms);
        messages.info("schemeEdit.done.saved", saved.scheme().getName());
        return "/recognition/scheme?faces-redirect=true&id=" + saved.scheme().getId();
    }

    public void addArea() { areas.add(new AreaRow()); }
    public void removeArea(AreaRow row) { areas.remove(row); }
    public void addCriterion() { criteria.add(new CriterionRow()); }
    public void removeCriterion(CriterionRow row) { criteria.remove(row); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RecognitionSchemes.SchemeView getView() { return view; }
    public List<Choice> getBodyChoices() { return bodyChoices; }
    public String getBodyCode() { return bodyCode; }
    public void setBodyCode(String bodyCode) { this.bodyCode = bodyCode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPostNominal() { return postNominal; }
    public void setPostNominal(String postNominal) { this.postNominal = postNominal; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public List<AreaRow> getAreas() { return areas; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public Integer getEvidenceFilesRequired() { return evidenceFilesRequired; }
    public void setEvidenceFilesRequired(Integer evidenceFilesRequired) { this.evidenceFilesRequired = evidenceFilesRequired; }
    public boolean isInterviewHeld() { return interviewHeld; }
    public void setInterviewHeld(boolean interviewHeld) { this.interviewHeld = interviewHeld; }
    public Integer getValidityYears() { return validityYears; }
    public void setValidityYears(Integer validityYears) { this.validityYears = validityYears; }
    public String getRenewalRule() { return renewalRule; }
    public void setRenewalRule(String renewalRule) { this.renewalRule = renewalRule; }
}
