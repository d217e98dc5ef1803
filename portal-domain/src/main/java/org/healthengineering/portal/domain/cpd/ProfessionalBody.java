package org.healthengineering.portal.domain.cpd;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A professional body and what it expects of its registrants' CPD: the cycle length, target hours (or none), a
 * mix of activity types, and whether every activity needs a written reflection.
 */
@Entity
@Table(name = "professional_body")
public class ProfessionalBody implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "cpd_policy", nullable = false, length = 2000)
    private String cpdPolicy;

    @Column(name = "cycle_months", nullable = false)
    private int cycleMonths;

    @Column(name = "target_hours", precision = 7, scale = 2)
    private BigDecimal targetHours;

    @Column(name = "min_activity_types", nullable = false)
    private int minActivityTypes;

    @Column(name = "reflection_required", nullable = false)
    private boolean reflectionRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "professional_body_required_type", joinColumns = @JoinColumn(name = "body_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", length = 30)
    private Set<ActivityType> requiredTypes = EnumSet.noneOf(ActivityType.class);

    @Column(name = "daily_credit_cap", precision = 5, scale = 2)
    private BigDecimal dailyCreditCap;

    /** Read only where courses are reviewed, so it is not fetched with every body (CPD pages read many bodies). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "accreditation_criterion", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "criterion", length = CRITERION_LENGTH)
    private List<String> accreditationCriteria = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    /** The longest criterion a body may set for its reviewers of courses. */
    public static final int CRITERION_LENGTH = 300;

    /** What reviewers of a course judge unless the body says otherwise. */
    public static final List<String> DEFAULT_CRITERIA = List.of(
            "The learning outcomes are appropriate and mapped to competencies",
            "The contact hours are evidenced by the programme",
            "The faculty are suitable",
            "The assessment method is adequate",
            "The evaluation method is adequate",
            "There is no undue commercial influence");

    protected ProfessionalBody() {
    }

    /** What a body requires; {@code targetHours} null means no target. */
    public record Requirements(String name, String cpdPolicy, Integer cycleMonths, BigDecimal targetHours,
                               Integer minActivityTypes, boolean reflectionRequired, Set<ActivityType> requiredTypes) {
    }

    public ProfessionalBody(String code, Requirements requirements) {
        if (code == null || !code.trim().matches("[A-Za-z0-9\\-]{2,20}")) {
            throw InvalidInputException.of("code", "A body's code is 2–20 letters, digits or dashes.");
        }
        this.code = code.trim().toUpperCase(Locale.ROOT);
        require(requirements);
        this.accreditationCriteria.addAll(DEFAULT_CRITERIA);
    }

    /**
     * How the body accredits courses: the most credit a course earns in one day (null: no cap) and the criteria
     * its reviewers judge (1 to 20, each at most {@value #CRITERION_LENGTH} characters, no two alike).
     */
    public void accreditWith(BigDecimal dailyCreditCap, List<String> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dailyCreditCap != null && (dailyCreditCap.signum() <= 0 || dailyCreditCap.compareTo(new BigDecimal("24")) > 0
                || dailyCreditCap.remainder(new BigDecimal("0.25")).signum() != 0)) {
            problems.add(new FieldProblem("dailyCreditCap", "A daily cap is in quarter hours, more than 0 and at most 24."));
        }
        List<String> cleaned = criteria == null ? List.of()
                : criteria.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
        if (cleaned.isEmpty() || cleaned.size() > 20) {
            problems.add(new FieldProblem("criteria", "Give 1 to 20 criteria for reviewers to judge."));
        } else if (cleaned.stream().anyMatch(c -> c.length() > CRITERION_LENGTH)) {
            problems.add(new FieldProblem("criteria", "A criterion has at most " + CRITERION_LENGTH + " characters."));
        } else if (cleaned.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().count() != cleaned.size()) {
            problems.add(new FieldProblem("criteria", "Each criterion is given once."));
        }
        InvalidInputException.throwIfAny(problems);
        this.dailyCreditCap = dailyCreditCap;
        this.accreditationCriteria.clear();
        this.accreditationCriteria.addAll(cleaned);
    }

    public BigDecimal getDailyCreditCap() {
        return dailyCreditCap;
    }

    /** The criteria reviewers judge, in the body's order. */
    public List<String> getAccreditationCriteria() {
        return List.copyOf(accreditationCriteria);
    }

    public final void require(Requirements r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            problems.add(new FieldProblem("name", "Give the body's name (at most 200 characters)."));
        }
        if (r.cpdPolicy() == null || r.cpdPolicy().isBlank() || r.cpdPolicy().length() > 2000) {
            problems.add(new FieldProblem("cpdPolicy", "Describe the CPD policy (at most 2,000 characters)."));
        }
        if (r.cycleMonths() == null || r.cycleMonths() < 1 || r.cycleMonths() > 60) {
            problems.add(new FieldProblem("cycleMonths", "A cycle lasts 1 to 60 months."));
        }
        if (r.targetHours() != null && (r.targetHours().signum() <= 0 || r.targetHours().compareTo(new BigDecimal("2000")) > 0)) {
            problems.add(new FieldProblem("targetHours", "Target hours run from 0.25 to 2,000, or none."));
        }
        if (r.minActivityTypes() != null && (r.minActivityTypes() < 0 || r.minActivityTypes() > ActivityType.values().length)) {
            problems.add(new FieldProblem("minActivityTypes", "At most " + ActivityType.values().length
                    + " different types can be required."));
        }
        InvalidInputException.throwIfAny(problems);
        this.name = r.name().trim();
        this.cpdPolicy = r.cpdPolicy().trim();
        this.cycleMonths = r.cycleMonths();
        this.targetHours = r.targetHours();
        this.minActivityTypes = r.minActivityTypes() == null ? 0 : r.minActivityTypes();
        this.reflectionRequired = r.reflectionRequired();
        this.requiredTypes.clear();
        if (r.requiredTypes() != null) {
            this.requiredTypes.addAll(r.requiredTypes());
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCpdPolicy() {
        return cpdPolicy;
    }

    public int getCycleMonths() {
        return cycleMonths;
    }

    public BigDecimal getTargetHours() {
        return targetHours;
    }

    public int getMinActivityTypes() {
        return minActivityTypes;
    }

    public boolean isReflectionRequired() {
        return reflectionRequired;
    }

    /** The mix of types this body wants, in words, or "no particular mix" (see {@link #mixWanted(int, Set)}). */
    public String mixWanted() {
        String wanted = mixWanted(minActivityTypes, requiredTypes);
        return wanted == null ? "no particular mix" : wanted;
    }

    /**
     * The mix a body wants in words: "at least 3 different types in every cycle, including Formal learning", "at
     * least 1 type in every cycle", "Formal learning and Work-based learning in every cycle"; null when it wants
     * none. The count is left out when the required types alone reach it, since they already say more.
     */
    public static String mixWanted(int minTypes, Set<ActivityType> required) {
        boolean counted = minTypes > required.size();
        if (!counted && required.isEmpty()) {
            return null;
        }
        String count = minTypes == 1 ? "at least 1 type" : "at least " + minTypes + " different types";
        if (required.isEmpty()) {
            return count + " in every cycle";
        }
        return counted ? count + " in every cycle, including " + ActivityType.listed(required)
                : ActivityType.listed(required) + " in every cycle";
    }

    public Set<ActivityType> getRequiredTypes() {
        return requiredTypes.isEmpty() ? EnumSet.noneOf(ActivityType.class) : EnumSet.copyOf(requiredTypes);
    }
}
