package org.healthengineering.portal.domain.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** One staff group's figures in a staffing return. FTE have two decimals; counts are whole people. */
@Embeddable
public class StaffingLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** FTE above this is surely a typing error for one staff group of one hospital. */
    static final BigDecimal MAX_FTE = new BigDecimal("10000");

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_group", nullable = false, length = 40)
    private StaffGroup group;

    @Column(name = "establishment_fte", nullable = false, precision = 9, scale = 2)
    private BigDecimal establishmentFte;

    @Column(name = "in_post_fte", nullable = false, precision = 9, scale = 2)
    private BigDecimal inPostFte;

    @Column(name = "vacancy_fte", nullable = false, precision = 9, scale = 2)
    private BigDecimal vacancyFte;

    @Column(name = "agency_fte", nullable = false, precision = 9, scale = 2)
    private BigDecimal agencyFte;

    @Column(name = "leavers", nullable = false)
    private int leavers;

    @Column(name = "headcount_under_35", nullable = false)
    private int headcountUnder35;

    @Column(name = "headcount_35_to_54", nullable = false)
    private int headcount35To54;

    @Column(name = "headcount_55_plus", nullable = false)
    private int headcount55Plus;

    protected StaffingLine() {
    }

    /** The figures as entered; {@link #problems} says what is wrong with them. */
    public record Figures(StaffGroup group, BigDecimal establishmentFte, BigDecimal inPostFte, BigDecimal vacancyFte,
                          BigDecimal agencyFte, Integer leavers, Integer headcountUnder35, Integer headcount35To54,
                          Integer headcount55Plus) {

        /** Every problem, each named by {@code prefix + field}. */
        public List<FieldProblem> problems(String prefix) {
            List<FieldProblem> problems = new ArrayList<>();
            if (group == null) {
                problems.add(new FieldProblem(prefix + "staffGroup", "Choose a staff group."));
            }
            fte(establishmentFte, prefix + "establishmentFte", problems);
            fte(inPostFte, prefix + "inPostFte", problems);
            fte(vacancyFte, prefix + "vacancyFte", problems);
            fte(agencyFte, prefix + "agencyFte", problems);
            count(leavers, prefix + "leavers", problems);
            count(headcountUnder35, prefix + "headcountUnder35", problems);
            count(headcount35To54, prefix + "headcount35To54", problems);
            count(headcount55Plus, prefix + "headcount55Plus", problems);
            boolean comparable = problems.stream().noneMatch(p -> p.field().endsWith("establishmentFte")
                    || p.field().endsWith("vacancyFte"));
            if (comparable && vacancyFte.compareTo(establishmentFte) > 0) {
                problems.add(new FieldProblem(prefix + "vacancyFte",
                        "Vacancies cannot exceed the establishment (" + establishmentFte.toPlainString() + " FTE)."));
            }
            return problems;
        }

        private static void fte(BigDecimal value, String field, List<FieldProblem> problems) {
            if (value == null) {
                problems.add(new FieldProblem(field, "Enter the FTE (0 if none)."));
            } else if (value.signum() < 0 || value.compareTo(MAX_FTE) > 0) {
                problems.add(new FieldProblem(field, "FTE runs from 0 to 10,000."));
            } else if (value.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(field, "Give FTE to at most two decimal places."));
            }
        }

        private static void count(Integer value, String field, List<FieldProblem> problems) {
            if (value == null) {
                problems.add(new FieldProblem(field, "Enter a whole number (0 if none)."));
            } else if (value < 0 || value > 100_000) {
                problems.add(new FieldProblem(field, "A count runs from 0 to 100,000."));
            }
        }
    }

    /** A line from figures that have no {@link Figures#problems}. */
    public StaffingLine(Figures figures) {
        if (!figures.problems("").isEmpty()) {
            throw new IllegalArgumentException("Figures with problems: " + figures.problems(""));
        }
        this.group = figures.group();
        this.establishmentFte = figures.establishmentFte().setScale(2, RoundingMode.UNNECESSARY);
        this.inPostFte = figures.inPostFte().setScale(2, RoundingMode.UNNECESSARY);
        this.vacancyFte = figures.vacancyFte().setScale(2, RoundingMode.UNNECESSARY);
        this.agencyFte = figures.agencyFte().setScale(2, RoundingMode.UNNECESSARY);
        this.leavers = figures.leavers();
        this.headcountUnder35 = figures.headcountUnder35();
        this.headcount35To54 = figures.headcount35To54();
        this.headcount55Plus = figures.headcount55Plus();
    }

    public Figures figures() {
        return new Figures(group, establishmentFte, inPostFte, vacancyFte, agencyFte, leavers, headcountUnder35,
                headcount35To54, headcount55Plus);
    }

    public int headcount() {
        return headcountUnder35 + headcount35To54 + headcount55Plus;
    }

    public StaffGroup getGroup() {
        return group;
    }

    public BigDecimal getEstablishmentFte() {
        return establishmentFte;
    }

    public BigDecimal getInPostFte() {
        return inPostFte;
    }

    public BigDecimal getVacancyFte() {
        return vacancyFte;
    }

    public BigDecimal getAgencyFte() {
        return agencyFte;
    }

    public int getLeavers() {
        return leavers;
    }

    public int getHeadcountUnder35() {
        return headcountUnder35;
    }

    public int getHeadcount35To54() {
        return headcount35To54;
    }

    public int getHeadcount55Plus() {
        return headcount55Plus;
    }
}
