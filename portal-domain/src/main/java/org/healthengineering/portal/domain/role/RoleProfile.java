package org.healthengineering.portal.domain.role;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a role such as Chief Healthcare Engineer asks of whoever holds it: qualifications (top-level rules, all
 * of which must be met), competencies at minimum levels, years of experience, and the level of responsibility
 * (1–7, SFIA-style) and authority the post carries. Profiles are data that body administrators maintain.
 */
@Entity
@Table(name = "role_profile")
public class RoleProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "min_years", nullable = false)
    private int minYears;

    @Column(name = "responsibility_level", nullable = false)
    private int responsibilityLevel;

    @Column(name = "authority_notes")
    private String authorityNotes;

    /** Every rule of the role, top-level and nested (a nested rule has a parent). */
    @OneToMany(mappedBy = "role", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<QualificationRule> rules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_competency", joinColumns = @JoinColumn(name = "role_id"))
    private List<CompetencyRequirement> competencies = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    protected RoleProfile() {
    }

    public RoleProfile(String code, String title, String summary, int minYears, int responsibilityLevel,
                       String authorityNotes) {
        this.code = code;
        describe(title, summary, minYears, responsibilityLevel, authorityNotes);
    }

    public final void describe(String title, String summary, int minYears, int responsibilityLevel,
                               String authorityNotes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(new FieldProblem("title", "Give the role a title (at most 200 characters)."));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(new FieldProblem("summary", "Summarise the role."));
        }
        if (minYears < 0 || minYears > 40) {
            problems.add(new FieldProblem("minYears", "Years of experience run from 0 to 40."));
        }
        if (responsibilityLevel < 1 || responsibilityLevel > 7) {
            problems.add(new FieldProblem("responsibilityLevel", "The level of responsibility runs from 1 to 7."));
        }
        InvalidInputException.throwIfAny(problems);
        this.title = title.trim();
        this.summary = summary.trim();
        this.minYears = minYears;
        this.responsibilityLevel = responsibilityLevel;
        this.authorityNotes = authorityNotes;
    }

    /** Replaces the competency requirements. */
    public void requireCompetencies(List<CompetencyRequirement> requirements) {
        competencies.clear();
        competencies.addAll(requirements);
    }

    /** Replaces the qualification rules (pass every rule, nested ones with their parent set). */
    public void requireQualifications(List<QualificationRule> allRules) {
        rules.clear();
        rules.addAll(allRules);
    }

    public List<QualificationRule> topLevelRules() {
        return rules.stream().filter(r -> r.getParent() == null)
                .sorted(Comparator.comparingInt(QualificationRule::getSortOrder)).toList();
    }

    public List<QualificationRule> childrenOf(QualificationRule parent) {
        return rules.stream().filter(r -> r.getParent() == parent)
                .sorted(Comparator.comparingInt(QualificationRule::getSortOrder)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getMinYears() {
        return minYears;
    }

    public int getResponsibilityLevel() {
        return responsibilityLevel;
    }

    public String getAuthorityNotes() {
        return authorityNotes;
    }

    public List<QualificationRule> getRules() {
        return List.copyOf(rules);
    }

    public List<CompetencyRequirement> getCompetencies() {
        return List.copyOf(competencies);
    }
}
