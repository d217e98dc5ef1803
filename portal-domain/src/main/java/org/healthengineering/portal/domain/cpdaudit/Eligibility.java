package org.healthengineering.portal.domain.cpdaudit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who may be sampled in a campaign: registered with the body for at least {@code minimumYears} on the campaign's
 * start (a registrant in their first cycle has had no chance to build a record yet), and, unless the body says so,
 * not retired.
 */
public record Eligibility(int minimumYears, boolean retiredIncluded) {

    public Eligibility {
        if (minimumYears < 0 || minimumYears > 50) {
            throw new IllegalArgumentException("Years of registration lie between 0 and 50: " + minimumYears);
        }
    }

    /** HCPC-like default: two years' registration, retired registrants left out. */
    public static Eligibility standard() {
        return new Eligibility(2, false);
    }

    /** Whether a registrant registered on {@code registeredOn} (retired or not) may be sampled for a campaign starting on {@code start}. */
    public boolean admits(LocalDate registeredOn, boolean retired, LocalDate start) {
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(start, "start");
        if (retired && !retiredIncluded) {
            return false;
        }
        return !registeredOn.plusYears(minimumYears).isAfter(start);
    }
}
