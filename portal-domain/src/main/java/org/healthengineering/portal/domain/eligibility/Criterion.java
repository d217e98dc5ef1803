package org.healthengineering.portal.domain.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing an engineer must show, as a vacancy's person specification or a recognition scheme asks it. Each
 * {@link CriterionKind kind} uses only its own fields; the others stay empty:
 * <ul>
 *     <li>{@link CriterionKind#QUALIFICATION}: a qualification of the catalogue ({@code qualificationId}), held and
 *     unexpired; with {@code verifiedOnly}, only a holding verified by a body administrator or an assessor
 *     counts.</li>
 *     <li>{@link CriterionKind#REGISTRATION}: a registration with a professional body ({@code bodyId}) that began on or
 *     before the day judged; a retired registrant counts as registered.</li>
 *     <li>{@link CriterionKind#COMPETENCY}: a competency ({@code competencyId}) at level {@code minLevel} (1 to
 *     {@value #MAX_LEVEL}) or above, in it or in an exact-match equivalent of another framework; with
 *     {@code verifiedOnly}, only a level a mentor or an assessor verified counts.</li>
 *     <li>{@link CriterionKind#EXPERIENCE}: at least {@code minYears} (0 to {@value #MAX_YEARS}) years of
 *     experience.</li>
 *     <li>{@link CriterionKind#CPD_COMPLIANCE}: the body's ({@code bodyId}) CPD requirements met in its current or
 *     previous {@code cycle}.</li>
 *     <li>{@link CriterionKind#READINESS}: readiness for a role profile ({@code roleCode}) of at least
 *     {@code minPercent} (1 to 100) per cent.</li>
 *     <li>{@link CriterionKind#FREE_TEXT}: a criterion in words ({@code text}, 1 to {@value #TEXT_LENGTH} characters)
 *     that a person judges.</li>
 * </ul>
 * Made only through {@link #of(Given)} or the factory of its kind, which refuse the whole criterion with every
 * problem at once; fields a kind does not use are ignored, so a form may send them all. Never changed once made: a
 * changed criterion is a new one.
 */
@Embeddable
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LEVEL = 5;
    public static final int MAX_YEARS = 50;
    public static final int ROLE_CODE_LENGTH = 60;
    public static final int TEXT_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CriterionKind kind;

    @Column(name = "qualification_id")
    private Long qualificationId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "competency_id")
    private Long competencyId;

    @Column(name = "min_level")
    private Integer minLevel;

    @Column(name = "verified_only", nullable = false)
    private boolean verifiedOnly;

    @Column(name = "min_years")
    private Integer minYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle", length = 10)
    private CpdCycle cycle;

    @Column(name = "role_code", length = ROLE_CODE_LENGTH)
    private String roleCode;

    @Column(name = "min_percent")
    private Integer minPercent;

    @Column(name = "text", length = TEXT_LENGTH)
    private String text;

    protected Criterion() {
    }

    /**
     * A criterion as given by a form or the API, fields unchecked; {@code verifiedOnly} {@code null} is false.
     * {@link Criterion#of(Given)} checks it.
     */
    public record Given(CriterionKind kind, Long qualificationId, Long bodyId, Long competencyId, Integer minLevel,
                        Boolean verifiedOnly, Integer minYears, CpdCycle cycle, String roleCode, Integer minPercent,
                        String text) {
    }

    /** A qualification held and unexpired; with {@code verifiedOnly}, held, unexpired and verified. */
    public static Criterion qualification(long qualificationId, boolean verifiedOnly) {
        return of(new Given(CriterionKind.QUALIFICATION, qualificationId, null, null, null, verifiedOnly, null, null,
                null, null, null));
    }

    /** A registration with the body active on the day judged. */
    public static Criterion registration(long bodyId) {
        return of(new Given(CriterionKind.REGISTRATION, null, bodyId, null, null, null, null, null, null, null, null));
    }

    /**
     * A competency at {@code minLevel} or above; with {@code verifiedOnly}, at a level verified by a mentor or an
     * assessor.
     */
    public static Criterion competency(long competencyId, int minLevel, boolean verifiedOnly) {
        return of(new Given(CriterionKind.COMPETENCY, null, null, competencyId, minLevel, verifiedOnly, null, null,
                null, null, null));
    }

    /** At least {@code minYears} years of experience. */
    public static Criterion experience(int minYears) {
        return of(new Given(CriterionKind.EXPERIENCE, null, null, null, null, null, minYears, null, null, null, null));
    }

    /** The body's CPD requirements met in its current or previous cycle. */
    public static Criterion cpdCompliance(long bodyId, CpdCycle cycle) {
        return of(new Given(CriterionKind.CPD_COMPLIANCE, null, bodyId, null, null, null, null, cycle, null, null,
                null));
    }

    /** Readiness for the role profile of at least {@code minPercent} per cent. */
    public static Criterion readiness(String roleCode, int minPercent) {
        return of(new Given(CriterionKind.READINESS, null, null, null, null, null, null, null, roleCode, minPercent,
                null));
    }

    /** A criterion in words, for a person to judge. */
    public static Criterion freeText(String text) {
        return of(new Given(CriterionKind.FREE_TEXT, null, null, null, null, null, null, null, null, null, text));
    }

    /** The criterion given, checked: refused with every problem, fields named as given ({@code minLevel}, …). */
    public static Criterion of(Given given) {
        InvalidInputException.throwIfAny(problems(given, ""));
        Criterion criterion = new Criterion();
        criterion.kind = given.kind();
        switch (given.kind()) {
            case QUALIFICATION -> {
                criterion.qualificationId = given.qualificationId();
                criterion.verifiedOnly = Boolean.TRUE.equals(given.verifiedOnly());
            }
            case REGISTRATION -> criterion.bodyId = given.bodyId();
            case COMPETENCY -> {
                criterion.competencyId = given.competencyId();
                criterion.minLevel = given.minLevel();
                criterion.verifiedOnly = Boolean.TRUE.equals(given.verifiedOnly());
            }
            case EXPERIENCE -> criterion.minYears = given.minYears();
            case CPD_COMPLIANCE -> {
                criterion.bodyId = given.bodyId();
                criterion.cycle = given.cycle();
            }
            case READINESS -> {
                criterion.roleCode = given.roleCode().trim();
                criterion.minPercent = given.minPercent();
            }
            case FREE_TEXT -> criterion.text = given.text().trim();
        }
        return criterion;
    }

    /**
     * Criteria given as a list, in order, checked all at once: refused with every problem of every criterion, each
     * named by its place, {@code criteria[3].minLevel} for {@code field} "criteria" (counting from 0). A missing
     * list is an empty one.
     */
    public static List<Criterion> ofAll(List<Given> given, String field) {
        if (given == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            problems.addAll(problems(given.get(i), field + "[" + i + "]."));
        }
        InvalidInputException.throwIfAny(problems);
        return given.stream().map(Criterion::of).toList();
    }

    /**
     * Everything wrong with a criterion as given, each field's name preceded by {@code prefix} (empty, or e.g.
     * "criteria[3]."). Without a kind, nothing else can be checked.
     */
    public static List<FieldProblem> problems(Given given, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (given == null || given.kind() == null) {
            problems.add(new FieldProblem(prefix + "kind", "Choose the kind of criterion."));
            return problems;
        }
        switch (given.kind()) {
            case QUALIFICATION -> requireId(given.qualificationId(), prefix + "qualificationId",
                    "Choose a qualification from the catalogue.", problems);
            case REGISTRATION -> requireId(given.bodyId(), prefix + "bodyId", "Choose a professional body.", problems);
            case COMPETENCY -> {
                requireId(given.competencyId(), prefix + "competencyId", "Choose a competency.", problems);
                if (given.minLevel() == null || given.minLevel() < 1 || given.minLevel() > MAX_LEVEL) {
                    problems.add(new FieldProblem(prefix + "minLevel", "Give a level from 1 to " + MAX_LEVEL + "."));
                }
            }
            case EXPERIENCE -> {
                if (given.minYears() == null || given.minYears() < 0 || given.minYears() > MAX_YEARS) {
                    problems.add(new FieldProblem(prefix + "minYears", "Give the years of experience asked, from 0 to "
                            + MAX_YEARS + "."));
                }
            }
            case CPD_COMPLIANCE -> {
                requireId(given.bodyId(), prefix + "bodyId", "Choose a professional body.", problems);
                if (given.cycle() == null) {
                    problems.add(new FieldProblem(prefix + "cycle", "Choose the current or the previous cycle."));
                }
            }
            case READINESS -> {
                if (given.roleCode() == null || given.roleCode().isBlank()) {
                    problems.add(new FieldProblem(prefix + "roleCode", "Choose a role profile."));
                } else if (given.roleCode().trim().length() > ROLE_CODE_LENGTH) {
                    problems.add(new FieldProblem(prefix + "roleCode", "A role profile's code has at most "
                            + ROLE_CODE_LENGTH + " characters."));
                }
                if (given.minPercent() == null || given.minPercent() < 1 || given.minPercent() > 100) {
                    problems.add(new FieldProblem(prefix + "minPercent", "Give a percentage from 1 to 100."));
                }
            }
            case FREE_TEXT -> {
                if (given.text() == null || given.text().isBlank() || given.text().trim().length() > TEXT_LENGTH) {
                    problems.add(new FieldProblem(prefix + "text", "Write the criterion in 1 to " + TEXT_LENGTH
                            + " characters."));
                }
            }
        }
        return problems;
    }

    private static void requireId(Long id, String field, String message, List<FieldProblem> problems) {
        if (id == null || id < 1) {
            problems.add(new FieldProblem(field, message));
        }
    }

    /** The criterion as it was given: {@code Criterion.of(c.given())} equals {@code c}. */
    public Given given() {
        return new Given(kind, qualificationId, bodyId, competencyId, minLevel, verifiedOnly, minYears, cycle, roleCode,
                minPercent, text);
    }

    /**
     * What the criterion asks, in words: "CEng, held, unexpired and verified", "Registered with IMechE",
     * "TECH.2 Maintain equipment safely (KSF 2024) at level 3 or above, verified by a mentor or an assessor",
     * "At least 5 years of experience", "IMechE's CPD requirements met in the previous cycle", "Readiness of at least
     * 70% for Chief Healthcare Engineer", or the free text itself.
     */
    public String describe(EligibilityEngine.Names names) {
        return switch (kind) {
            case QUALIFICATION -> names.qualification(qualificationId)
                    + (verifiedOnly ? ", held, unexpired and verified" : ", held and unexpired");
            case REGISTRATION -> "Registered with " + names.body(bodyId);
            case COMPETENCY -> {
                ReadinessCalculator.CompetencyName name = names.competency(competencyId);
                yield name.name() + " (" + name.frameworkTitle() + ") at level " + minLevel + " or above"
                        + (verifiedOnly ? ", verified by a mentor or an assessor" : "");
            }
            case EXPERIENCE -> "At least " + years(minYears) + " of experience";
            case CPD_COMPLIANCE -> names.body(bodyId) + "'s CPD requirements met in the " + cycle.words();
            case READINESS -> "Readiness of at least " + minPercent + "% for " + names.role(roleCode);
            case FREE_TEXT -> text;
        };
    }

    static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }

    public CriterionKind getKind() {
        return kind;
    }

    public Long getQualificationId() {
        return qualificationId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public Integer getMinLevel() {
        return minLevel;
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public Integer getMinYears() {
        return minYears;
    }

    public CpdCycle getCycle() {
        return cycle;
    }

    public String getRoleCode() {
        return roleCode;
    }

    public Integer getMinPercent() {
        return minPercent;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion other && kind == other.kind && verifiedOnly == other.verifiedOnly
                && Objects.equals(qualificationId, other.qualificationId) && Objects.equals(bodyId, other.bodyId)
                && Objects.equals(competencyId, other.competencyId) && Objects.equals(minLevel, other.minLevel)
                && Objects.equals(minYears, other.minYears) && cycle == other.cycle
                && Objects.equals(roleCode, other.roleCode) && Objects.equals(minPercent, other.minPercent)
                && Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, qualificationId, bodyId, competencyId, minLevel, verifiedOnly, minYears, cycle,
                roleCode, minPercent, text);
    }

    @Override
    public String toString() {
        return "Criterion" + given();
    }
}
