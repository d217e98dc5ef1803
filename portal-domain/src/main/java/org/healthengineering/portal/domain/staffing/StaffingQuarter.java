package org.healthengineering.portal.domain.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.math.BigDecimal;

/**
 * The totals of a hospital's latest staffing-return revision for a quarter. Replaced whenever a new revision
 * arrives; benchmarking reads these instead of summing lines.
 */
@Entity
@Table(name = "staffing_quarter")
@IdClass(StaffingQuarter.Key.class)
public class StaffingQuarter {

    /** The primary key: quarter and hospital. */
    public static class Key implements Serializable {
        private String period;
        private Long hospitalId;

        public Key() {
        }

        public Key(String period, Long hospitalId) {
            this.period = period;
            this.hospitalId = hospitalId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(period, other.period) && Objects.equals(hospitalId, other.hospitalId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(period, hospitalId);
        }
    }

    @Id
    @Column(name = "period", length = 7)
    private String period;

    @Id
    @Column(name = "hospital_id")
    private Long hospitalId;

    @Column(name = "return_id", nullable = false)
    private Long returnId;

    @Column(name = "establishment_fte", nullable = false)
    private BigDecimal establishmentFte;

    @Column(name = "in_post_fte", nullable = false)
    private BigDecimal inPostFte;

    @Column(name = "vacancy_fte", nullable = false)
    private BigDecimal vacancyFte;

    @Column(name = "agency_fte", nullable = false)
    private BigDecimal agencyFte;

    @Column(name = "engineer_fte", nullable = false)
    private BigDecimal engineerFte;

    @Column(name = "technician_fte", nullable = false)
    private BigDecimal technicianFte;

    @Column(name = "leavers", nullable = false)
    private int leavers;

    @Column(name = "headcount", nullable = false)
    private int headcount;

    @Column(name = "headcount_55_plus", nullable = false)
    private int headcount55Plus;

    protected StaffingQuarter() {
    }

    public StaffingQuarter(StaffingReturn latest) {
        this.period = latest.getPeriod();
        this.hospitalId = latest.getHospitalId();
        record(latest);
    }

    /** Takes the totals of a newer revision. */
    public final void record(StaffingReturn latest) {
        QuarterTotals totals = latest.totals();
        this.returnId = latest.getId();
        this.establishmentFte = totals.establishmentFte();
        this.inPostFte = totals.inPostFte();
        this.vacancyFte = totals.vacancyFte();
        this.agencyFte = totals.agencyFte();
        this.engineerFte = totals.engineerFte();
        this.technicianFte = totals.technicianFte();
        this.leavers = totals.leavers();
        this.headcount = totals.headcount();
        this.headcount55Plus = totals.headcount55Plus();
    }

    public QuarterTotals totals() {
        return new QuarterTotals(establishmentFte, inPostFte, vacancyFte, agencyFte, engineerFte, technicianFte,
                leavers, headcount, headcount55Plus);
    }

    public String getPeriod() {
        return period;
    }

    public Long getHospitalId() {
        return hospitalId;
    }

    public Long getReturnId() {
        return returnId;
    }
}
