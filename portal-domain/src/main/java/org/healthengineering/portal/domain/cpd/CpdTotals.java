package org.healthengineering.portal.domain.cpd;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hours of CPD in the two periods an engineer watches: the calendar year so far and the last twelve months.
 * An activity counts in a period when it <em>ended</em> in it, so a course spanning New Year counts once, in
 * the year it was completed.
 *
 * @param currentYear    hours of activities ending from 1 January of this year up to today
 * @param last12Months   hours of activities ending in the twelve months up to and including today
 */
public record CpdTotals(BigDecimal currentYear, BigDecimal last12Months) implements Serializable {

    public static DateRange currentYear(LocalDate today) {
        return new DateRange(today.withDayOfYear(1), today);
    }

    public static DateRange last12Months(LocalDate today) {
        return new DateRange(today.minusYears(1).plusDays(1), today);
    }
}
