package org.healthengineering.portal.domain.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates the portal stores lie between {@link #EARLIEST} and {@link #LATEST}. Nothing in a professional's record
 * (an activity, a qualification, a registration, a target) happened before 1900 or is planned after 2099, and a
 * date such as 0001-01-01 or +10000-01-01 is a typing mistake or a probe, which would break the periods, cycles and
 * sorting built on it.
 */
public final class PlausibleDate {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private PlausibleDate() {
    }

    /** What is wrong with the date, if anything; a missing date is for the caller to judge. */
    public static Optional<String> problemWith(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            return Optional.of("Use a date between 1 January 1900 and 31 December 2099.");
        }
        return Optional.empty();
    }
}
