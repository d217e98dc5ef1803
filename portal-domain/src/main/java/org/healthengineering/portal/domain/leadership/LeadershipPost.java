package org.healthengineering.portal.domain.leadership;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A post in a hospital's leadership structure and the authority it carries. Any attribute may be unknown
 * ({@code null}); the parity scorecard shows unknowns as such instead of counting them as zero. Reporting lines
 * never form a loop (checked by the service with {@link ReportingLines}).
 */
@Entity
@Table(name = "leadership_post")
public class LeadershipPost implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "hospital_id", nullable = false, updatable = false)
    private Long hospitalId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PostKind kind;

    @Column(name = "holder_name", length = 200)
    private String holderName;

    @Column(name = "holder_account_id")
    private Long holderAccountId;

    @Column(name = "grade", length = 40)
    private String grade;

    @Column(name = "reports_to_id")
    private Long reportsToId;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_seat", length = 20)
    private BoardSeat boardSeat;

    /** The largest budget a post may hold: what DECIMAL(15, 2) stores. */
    public static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    @Column(name = "budget_authority", precision = 15, scale = 2)
    private BigDecimal budgetAuthority;

    @Column(name = "responsibility_level")
    private Integer responsibilityLevel;

    @Column(name = "powers_recorded", nullable = false)
    private boolean powersRecorded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "leadership_post_power", joinColumns = @JoinColumn(name = "post_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "power", length = 40)
    private Set<DecisionPower> powers = EnumSet.noneOf(DecisionPower.class);

    @Version
    @Column(name = "version")
    private int version;

    protected LeadershipPost() {
    }

    public LeadershipPost(long hospitalId, PostDetails details) {
        this.hospitalId = hospitalId;
        describe(details);
    }

    /** What is said about a post; {@code powers == null} means the decision powers are not recorded. */
    public record PostDetails(String title, PostKind kind, String holderName, Long holderAccountId, String grade,
                              Long reportsToId, BoardSeat boardSeat, BigDecimal budgetAuthority,
                              Integer responsibilityLevel, Set<DecisionPower> powers) {
    }

    public final void describe(PostDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.title() == null || details.title().isBlank() || details.title().trim().length() > 200) {
            problems.add(new FieldProblem("title", "Give the post's title (at most 200 characters)."));
        }
        if (details.kind() == null) {
            problems.add(new FieldProblem("kind", "Choose what kind of post it is."));
        }
        if (details.budgetAuthority() != null && details.budgetAuthority().signum() < 0) {
            problems.add(new FieldProblem("budgetAuthority", "A budget cannot be negative."));
        } else if (details.budgetAuthority() != null && (details.budgetAuthority().compareTo(MAX_BUDGET) > 0
                || details.budgetAuthority().stripTrailingZeros().scale() > 2)) {
            problems.add(new FieldProblem("budgetAuthority", "Enter pounds and pence up to £999,999,999,999.99."));
        }
        if (details.responsibilityLevel() != null
                && (details.responsibilityLevel() < 1 || details.responsibilityLevel() > 7)) {
            problems.add(new FieldProblem("responsibilityLevel", "The level of responsibility runs from 1 to 7."));
        }
        if (details.grade() != null && details.grade().trim().length() > 40) {
            problems.add(new FieldProblem("grade", "Use at most 40 characters."));
        }
        if (details.holderName() != null && details.holderName().trim().length() > 200) {
            problems.add(new FieldProblem("holderName", "Use at most 200 characters."));
        }
        if (id != null && id.equals(details.reportsToId())) {
            problems.add(new FieldProblem("reportsToId", "A post cannot report to itself."));
        }
        InvalidInputException.throwIfAny(problems);
        this.title = details.title().trim();
        this.kind = details.kind();
        this.holderName = blankToNull(details.holderName());
        this.holderAccountId = details.holderAccountId();
        this.grade = blankToNull(details.grade());
        this.reportsToId = details.reportsToId();
        this.boardSeat = details.boardSeat();
        this.budgetAuthority = details.budgetAuthority();
        this.responsibilityLevel = details.responsibilityLevel();
        this.powersRecorded = details.powers() != null;
        this.powers = details.powers() == null || details.powers().isEmpty()
                ? EnumSet.noneOf(DecisionPower.class) : EnumSet.copyOf(details.powers());
    }

    /** The post is filled by an appointment: the appointed engineer holds it from now on. */
    public void fill(long accountId, String name) {
        this.holderAccountId = accountId;
        this.holderName = name == null || name.isBlank() ? null
                : name.trim().length() > 200 ? name.trim().substring(0, 200) : name.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public PostDetails details() {
        return new PostDetails(title, kind, holderName, holderAccountId, grade, reportsToId, boardSeat,
                budgetAuthority, responsibilityLevel, powersRecorded ? getPowers() : null);
    }

    public Long getId() {
        return id;
    }

    public Long getHospitalId() {
        return hospitalId;
    }

    public String getTitle() {
        return title;
    }

    public PostKind getKind() {
        return kind;
    }

    public String getHolderName() {
        return holderName;
    }

    public Long getHolderAccountId() {
        return holderAccountId;
    }

    public String getGrade() {
        return grade;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public BoardSeat getBoardSeat() {
        return boardSeat;
    }

    public BigDecimal getBudgetAuthority() {
        return budgetAuthority;
    }

    public Integer getResponsibilityLevel() {
        return responsibilityLevel;
    }

    public boolean isPowersRecorded() {
        return powersRecorded;
    }

    public Set<DecisionPower> getPowers() {
        return powers.isEmpty() ? EnumSet.noneOf(DecisionPower.class) : EnumSet.copyOf(powers);
    }
}
