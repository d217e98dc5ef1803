package org.healthengineering.portal.domain.cpd;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleProgressTest {

    private static ProfessionalBody body(int months, String target, int minTypes, boolean reflection,
                                         Set<ActivityType> required) {
        return new ProfessionalBody("TEST", new ProfessionalBody.Requirements("Test body", "Policy", months,
                target == null ? null : new BigDecimal(target), minTypes, reflection, required));
    }

    private static CycleProgress.Activity activity(ActivityType type, String start, String end, String hours,
                                                   boolean reflected) {
        return new CycleProgress.Activity(type, LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(hours),
                reflected);
    }

    @Test
    void cyclesRunBackToBackFromTheRegistrationDate() {
        LocalDate registered = LocalDate.of(2023, 3, 15);
        assertEquals(LocalDate.of(2026, 3, 15), CycleProgress.cycleStart(registered, 12, LocalDate.of(2026, 11, 21)));
        assertEquals(LocalDate.of(2025, 3, 15), CycleProgress.cycleStart(registered, 24, LocalDate.of(2026, 11, 21)));
        // The day before an anniversary still belongs to the previous cycle; the anniversary starts the next.
        assertEquals(LocalDate.of(2025, 3, 15), CycleProgress.cycleStart(registered, 12, LocalDate.of(2026, 3, 14)));
        assertEquals(LocalDate.of(2026, 3, 15), CycleProgress.cycleStart(registered, 12, LocalDate.of(2026, 3, 15)));
    }

    @Test
    void hoursMixAndReflectionCountActivitiesThatEndedInTheCycle() {
        ProfessionalBody ipem = body(12, "50", 2, true, EnumSet.of(ActivityType.FORMAL_LEARNING,
                ActivityType.WORK_BASED_LEARNING));
        List<CycleProgress.Activity> log = List.of(
                // Started before the cycle, ended on its first day: counts.
                activity(ActivityType.FORMAL_LEARNING, "2025-12-30", "2026-01-01", "20", true),
                activity(ActivityType.SELF_DIRECTED_LEARNING, "2026-02-01", "2026-02-01", "10.5", false),
                // Ended after the cycle: belongs to the next one.
                activity(ActivityType.WORK_BASED_LEARNING, "2026-12-31", "2027-01-01", "30", true));
        CycleProgress p = CycleProgress.of(ipem, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 21), log);
        assertTrue(p.current());
        assertEquals(LocalDate.of(2026, 12, 31), p.end());
        assertEquals(new BigDecimal("30.5"), p.hours());
        assertFalse(p.targetMet());
        assertEquals(EnumSet.of(ActivityType.WORK_BASED_LEARNING), p.missingTypes());
        assertFalse(p.mixMet());
        assertEquals(2, p.activities());
        assertEquals(1, p.reflected());
        assertFalse(p.reflectionMet());
        // The same activities against a body with no target, no mix and no reflection rule: all met.
        CycleProgress relaxed = CycleProgress.of(body(12, null, 0, false, Set.of()), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 21), log);
        assertTrue(relaxed.targetMet() && relaxed.mixMet() && relaxed.reflectionMet());
    }

    @Test
    void gapsOfThreeMonthsOrMoreAreFoundUpToToday() {
        List<CycleProgress.Activity> log = List.of(
                activity(ActivityType.OTHER, "2026-01-10", "2026-01-12", "1", true),
                // 2026-01-13 → 2026-04-13 is exactly three months: a gap.
                activity(ActivityType.OTHER, "2026-04-13", "2026-04-13", "1", true),
                // 2026-04-14 → 2026-07-13 is a day short of three months: not a gap.
                activity(ActivityType.OTHER, "2026-07-13", "2026-07-20", "1", true));
        CycleProgress p = CycleProgress.of(body(12, null, 0, false, Set.of()), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 21), log);
        // Also: 2026-07-21 → today (2026-11-21), four months without activity.
        assertEquals(List.of(new CycleProgress.Gap(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 4, 13)),
                new CycleProgress.Gap(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 11, 21))), p.gaps());
        // A whole empty cycle in the past is one gap to its last day.
        CycleProgress past = CycleProgress.of(body(12, null, 0, false, Set.of()), LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 11, 21), List.of());
        assertFalse(past.current());
        assertEquals(List.of(new CycleProgress.Gap(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))), past.gaps());
    }

    @Test
    void overlappingActivitiesDoNotOpenAGap() {
        List<CycleProgress.Activity> log = List.of(
                activity(ActivityType.OTHER, "2026-01-01", "2026-06-30", "40", true),
                activity(ActivityType.OTHER, "2026-02-01", "2026-02-02", "1", true),
                activity(ActivityType.OTHER, "2026-08-01", "2026-08-01", "1", true));
        assertEquals(List.of(new CycleProgress.Gap(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 11, 21))),
                CycleProgress.gaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 21), log));
    }

    @Test
    void oneActivityCountsForEveryBodyWhoseCycleItFallsIn() {
        // A yearly body registered on 1 March and a two-yearly one registered on 1 October 2025.
        ProfessionalBody yearly = body(12, "10", 0, false, Set.of());
        ProfessionalBody twoYearly = body(24, null, 0, false, Set.of());
        LocalDate today = LocalDate.of(2026, 11, 21);
        List<CycleProgress.Activity> log = List.of(
                activity(ActivityType.FORMAL_LEARNING, "2026-02-27", "2026-02-28", "6", true),
                activity(ActivityType.FORMAL_LEARNING, "2026-03-01", "2026-03-01", "5", true));
        LocalDate yearlyStart = CycleProgress.cycleStart(LocalDate.of(2024, 3, 1), 12, today);
        LocalDate twoYearlyStart = CycleProgress.cycleStart(LocalDate.of(2025, 10, 1), 24, today);
        assertEquals(LocalDate.of(2026, 3, 1), yearlyStart);
        assertEquals(LocalDate.of(2025, 10, 1), twoYearlyStart);
        // The yearly body's current cycle has only the second activity; the two-yearly one has both.
        assertEquals(new BigDecimal("5"), CycleProgress.of(yearly, yearlyStart, today, log).hours());
        assertEquals(new BigDecimal("11"), CycleProgress.of(twoYearly, twoYearlyStart, today, log).hours());
        // The first belongs to the yearly body's previous cycle.
        assertEquals(new BigDecimal("6"), CycleProgress.of(yearly, yearlyStart.minusMonths(12), today, log).hours());
    }
}
