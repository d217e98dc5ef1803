package org.healthengineering.portal.domain.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which revision is a hospital's latest for a quarter (the row also holds its totals, which benchmarking reads
 * over JDBC). Only {@code StaffingWriter} writes these rows, in the same statement batch as the return; this
 * mapping is for reading which quarters a hospital returned.
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

    protected StaffingQuarter() {
    }

    public String getPeriod() {
        return period;
    }

    public Long getHospitalId() {
        return hospitalId;
    }
}
