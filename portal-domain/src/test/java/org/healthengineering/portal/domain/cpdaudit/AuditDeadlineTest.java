package org.healthengineering.portal.domain.cpdaudit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditDeadlineTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    private static OptionalInt due(int daysBefore) {
        return AuditDeadline.reminderDue(DEADLINE, DEADLINE.minusDays(daysBefore));
    }

    @Test
    void theNearestThresholdReachedIsDueAndNothingEarlierOrAfter() {
        assertEquals(OptionalInt.empty(), due(31));
        assertEquals(OptionalInt.of(30), due(30));
        assertEquals(OptionalInt.of(30), due(8));
        assertEquals(OptionalInt.of(7), due(7));
        assertEquals(OptionalInt.of(7), due(2));
        assertEquals(OptionalInt.of(1), due(1));
        assertEquals(OptionalInt.of(1), due(0), "the deadline day itself");
        assertEquals(OptionalInt.empty(), due(-1), "after the deadline, no reminder: the case is closed instead");
    }

    @Test
    void aRunAfterDaysWithoutAnyCatchesUpWithTheLatestThresholdOnly() {
        // Last run 40 days before; the next run 3 days before: the 7-day reminder, not a stale 30-day one.
        assertEquals(OptionalInt.empty(), due(40));
        assertEquals(OptionalInt.of(7), due(3));
    }

    @Test
    void theDeadlinePassesTheDayAfter() {
        assertFalse(AuditDeadline.passed(DEADLINE, DEADLINE));
        assertTrue(AuditDeadline.passed(DEADLINE, DEADLINE.plusDays(1)));
    }
}
