package org.healthengineering.portal.domain.cpd;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpdTotalsTest {

    @Test
    void theCurrentYearRunsFromFirstJanuaryToToday() {
        DateRange year = CpdTotals.currentYear(LocalDate.of(2026, 11, 20));
        assertEquals(LocalDate.of(2026, 1, 1), year.getStart());
        assertEquals(LocalDate.of(2026, 11, 20), year.getEnd());
        assertFalse(year.contains(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void theLastTwelveMonthsAreTheYearUpToAndIncludingToday() {
        DateRange months = CpdTotals.last12Months(LocalDate.of(2026, 11, 20));
        assertEquals(LocalDate.of(2025, 11, 21), months.getStart());
        assertTrue(months.contains(LocalDate.of(2026, 11, 20)));
        assertFalse(months.contains(LocalDate.of(2025, 11, 20)), "exactly a year ago is outside");
    }

    @Test
    void onFirstJanuaryTheYearIsOneDayLong() {
        DateRange year = CpdTotals.currentYear(LocalDate.of(2027, 1, 1));
        assertEquals(year.getStart(), year.getEnd());
    }

    @Test
    void aLeapDayIsHandled() {
        assertEquals(LocalDate.of(2027, 3, 1), CpdTotals.last12Months(LocalDate.of(2028, 2, 29)).getStart());
    }
}
