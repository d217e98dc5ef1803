package org.healthengineering.portal.web.view.competence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.qualification.Qualifications;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.role.RuleKind;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Defining or revising a role profile (body administrators). Each qualification rule may carry one nested
 * group, which is how "CEng, or IEng with an MSc" is said: ANY of CEng and the group ALL of IEng, MSc.
 */
@Named
@ViewScoped
public class RoleEditBacking implements Serializable {

    /** A qualification rule as edited in the form. */
    public static class RuleRow implements Serializable {
        private RuleKind kind = RuleKind.ANY;
        private Integer minCount = 1;
        private String description;
        private List<String> qualifications = new ArrayList<>();
        private String groupDescription;
        private RuleKind groupKind = RuleKind.ALL;
        private List<String> groupQualifications = new ArrayList<>();

        public RuleKind getKind() { return kind; }
        public void setKind(RuleKind kind) { this.kind = kind; }
        public Integer getMinCount() { return minCount; }
        public void setMinCount(Integer minCount) { this.minCount = minCount; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public List<String> getQualifications() { return qualifications; }
        public void setQualifications(List<String> qualifications) { this.qualifications = qualifications; }
        public String getGroupDescription() { return groupDescription; }
        public void setGroupDescription(String groupDescription) { this.groupDescription = groupDescription; }
        public RuleKind getGroupKind() { return groupKind; }
        public void setGroupKind(RuleKind groupKind) { this.groupKind = groupKind; }
        public List<String> getGroupQualifications() { return groupQualifications; }
        public void setGroupQualifications(List<String> groupQualifications) { this.groupQualifications = groupQualifications; }
    }

    /** A competency requirement as edited in the form. */
    public static class RequirementRow implements Serializable {
        private Long frameworkId;
        private String code;
        private Integer minLevel = 3;
        private boolean verificationRequired;

        public Long getFrameworkId() { return frameworkId; }
        public void setFrameworkId(Long frameworkId) { this.frameworkId = frameworkId; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public Integer getMinLevel() { return minLevel; }
        public void setMinLevel(Integer minLevel) { this.minLevel = minLevel; }
        public boolean isVerificationRequired() { return verificationRequired; }
        public void setVerificationRequired(boolean verificationRequired) { this.verificationRequired = verificationRequired; }
    }

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Qualifications qualifications;

    @Inject
    PageMessages messages;

    private String code;
    private boolean existing;
    private String title;
    private String summary;
    private Integer minYears = 0;
    private Integer responsibilityLevel = 3;
    private String authorityNotes;
    private List<RuleRow> rules = new ArrayList<>();
    private List<RequirementRow> requirements = new ArrayList<>();
    private List<Qualification> qualificationCatalogue;
    private List<Choice> publishedFrameworks;

    /** The catalogue and the published frameworks the form chooses from, read once per view. */
    @PostConstruct
    void options() {
        qualificationCatalogue = qualifications.catalogue().stream()
                .sorted(java.util.Comparator.comparing(Qualification::getName)).toList();
        publishedFrameworks = catalogue.frameworks().stream().filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED)
                .map(f -> new Choice(f.getId(), f.getTitle() + " " + f.getVersionLabel())).toList();
    }

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        RoleProfile role;
        try {
            role = roleProfiles.role(code);
        } catch (NotFoundException e) {
            return;
        }
        existing = true;
        title = role.getTitle();
        summary = role.getSummary();
        minYears = role.getMinYears();
        responsibilityLevel = role.getResponsibilityLevel();
        authorityNotes = role.getAuthorityNotes();
        rules = new ArrayList<>();
        Map<Long, Qualification> byId = roleProfiles.qualificationsById();
        for (QualificationRule rule : role.topLevelRules()) {
            RuleRow row = new RuleRow();
            row.kind = rule.getKind();
            row.minCount = rule.getMinCount();
            row.description = rule.getDescription();
            row.qualifications = new ArrayList<>(RoleProfiles.optionCodes(rule, byId));
            role.childrenOf(rule).stream().findFirst().ifPresent(group -> {
                row.groupDescription = group.getDescription();
                row.groupKind = group.getKind();
                row.groupQualifications = new ArrayList<>(RoleProfiles.optionCodes(group, byId));
            });
            rules.add(row);
        }
        requirements = new ArrayList<>();
        Map<Long, Competency> competencies = catalogue.competencies(role.getCompetencies().stream()
                .map(CompetencyRequirement::getCompetencyId).toList());
        for (CompetencyRequirement requirement : role.getCompetencies()) {
            Competency competency = competencies.get(requirement.getCompetencyId());
            RequirementRow row = new RequirementRow();
            row.frameworkId = competency.getFrameworkId();
            row.code = competency.getCode();
            row.minLevel = requirement.getMinLevel();
            row.verificationRequired = requirement.isVerificationRequired();
            requirements.add(row);
        }
    }

    public void addRule() {
        rules.add(new RuleRow());
    }

    public void removeRule(RuleRow row) {
        rules.remove(row);
    }

    public void addRequirement() {
        requirements.add(new RequirementRow());
    }

    public void removeRequirement(RequirementRow row) {
        requirements.remove(row);
    }

    public String save() {
        List<RoleProfiles.RuleDefinition> definitions = new ArrayList<>();
        for (RuleRow row : rules) {
            List<RoleProfiles.RuleDefinition> nested = row.groupQualifications.isEmpty() ? List.of()
                    : List.of(new RoleProfiles.RuleDefinition(row.groupKind, 1,
                    row.groupDescription == null || row.groupDescription.isBlank()
                            ? messages.text("roleEdit.groupDescription", String.join(", ", row.groupQualifications
                            .stream().map(this::qualificationName).toList())) : row.groupDescription,
                    row.groupQualifications, List.of()));
            definitions.add(new RoleProfiles.RuleDefinition(row.kind, row.minCount, row.description,
                    row.qualifications, nested));
        }
        List<RoleProfiles.RequirementDefinition> needed = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (RequirementRow row : requirements) {
            Optional<Competency> competency = row.frameworkId == null ? Optional.empty()
                    : catalogue.findCompetency(row.frameworkId, row.code);
            if (competency.isPresent()) {
                needed.add(new RoleProfiles.RequirementDefinition(competency.get().getId(),
                        row.minLevel == null ? 0 : row.minLevel, row.verificationRequired));
            } else {
                problems.add(new FieldProblem("competencies", row.frameworkId == null
                        ? messages.text("roleEdit.chooseFramework")
                        : messages.text("roleEdit.noSuchCompetency", row.code == null ? "" : row.code)));
            }
        }
        InvalidInputException.throwIfAny(problems.stream().distinct().toList());
        roleProfiles.define(code, title, summary, minYears == null ? -1 : minYears,
                responsibilityLevel == null ? 0 : responsibilityLevel, authorityNotes, definitions, needed);
        messages.info("roleEdit.saved", title);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/competence/roles?faces-redirect=true";
    }

    public List<Qualification> getCatalogue() {
        return qualificationCatalogue;
    }

    public List<Choice> getPublishedFrameworks() {
        return publishedFrameworks;
    }

    private String qualificationName(String code) {
        return qualificationCatalogue.stream().filter(q -> q.getCode().equals(code)).map(Qualification::getName)
                .findFirst().orElse(code);
    }

    /** The words naming a table cell's input, with its row counted from one: "Rule 2: kind". */
    public String rowLabel(String key, int rowIndex) {
        return messages.text(key, rowIndex + 1);
    }

    public RuleKind[] getKinds() {
        return RuleKind.values();
    }

    public boolean isExisting() { return existing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Integer getMinYears() { return minYears; }
    public void setMinYears(Integer minYears) { this.minYears = minYears; }
    public Integer getResponsibilityLevel() { return responsibilityLevel; }
    public void setResponsibilityLevel(Integer responsibilityLevel) { this.responsibilityLevel = responsibilityLevel; }
    public String getAuthorityNotes() { return authorityNotes; }
    public void setAuthorityNotes(String authorityNotes) { this.authorityNotes = authorityNotes; }
    public List<RuleRow> getRules() { return rules; }
    public List<RequirementRow> getRequirements() { return requirements; }
}
