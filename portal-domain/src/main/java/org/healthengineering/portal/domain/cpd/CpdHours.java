package org.healthengineering.portal.domain.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/** Time spent on an activity: between a quarter of an hour and 200 hours, in quarter hours. */
@Embeddable
public class CpdHours implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final BigDecimal MIN = new BigDecimal("0.25");
    public static final BigDecimal MAX = new BigDecimal("200");
    private static final BigDecimal QUARTERS_PER_HOUR = BigDecimal.valueOf(4);

    @Column(name = "hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal value;

    protected CpdHours() {
    }

    private CpdHours(BigDecimal value) {
        this.value = value.setScale(2);
    }

    public static CpdHours of(BigDecimal value) {
        problemWith(value).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return new CpdHours(value);
    }

    public static Optional<String> problemWith(BigDecimal value) {
        if (value == null) {
            return Optional.of("Enter the hours spent.");
        }
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            return Optional.of("Hours must be between 0.25 and 200.");
        }
        if (value.multiply(QUARTERS_PER_HOUR).stripTrailingZeros().scale() > 0) {
            return Optional.of("Hours are counted in quarter hours (e.g. 1.25, 1.5, 1.75).");
        }
        return Optional.empty();
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpdHours other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " h";
    }
}
