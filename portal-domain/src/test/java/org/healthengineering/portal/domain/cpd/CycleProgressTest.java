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
    void verifiedHoursAreCountedAmongTheHoursAndSaidInTheSummary() {
        ProfessionalBody body = body(12, "50", 0, false, Set.of());
        List<CycleProgress.Activity> all = List.of(
                new CycleProgress.Activity(ActivityType.FORMAL_LEARNING, LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-04-02"), new BigDecimal("10"), false, true),
                activity(ActivityType.OTHER, "2026-05-01", "2026-05-01", "2.5", false),
                new CycleProgress.Activity(ActivityType.FORMAL_LEARNING, LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-01-01"), new BigDecimal("6"), false, true));
        CycleProgress progress = CycleProgress.of(body, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 1), all);
        assertEquals(0, new BigDecimal("12.5").compareTo(progress.hours()));
        assertEquals(0, BigDecimal.TEN.compareTo(progress.verifiedHours()), "the one before the cycle does not count");
        assertTrue(progress.summary().startsWith("12.5 hours logged (10 of them verified"), progress.summary());
        CycleProgress none = CycleProgress.of(body, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 1),
                List.of(all.get(1)));
        assertFalse(none.summary().contains("verified"), none.summary());
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

    // ---- The cycle in words ------------------------------------------------------------------------------------

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private static String summary(ProfessionalBody body, LocalDate start, LocalDate today,
                                  CycleProgress.Activity... log) {
        return CycleProgress.of(body, start, today, List.of(log)).summary();
    }

    @Test
    void everythingMetSaysSoOnce() {
        ProfessionalBody body = body(12, "10", 2, true, EnumSet.of(ActivityType.FORMAL_LEARNING));
        assertEquals("11 hours logged, meeting the target of 10. Types done: Formal learning and Work-based learning."
                        + " Mix wanted: at least 2 different types in every cycle, including Formal learning; met, with"
                        + " 2 types done. Reflections written for 2 of 2 activities, as this body requires. No gap of 3"
                        + " months or more without activity.",
                summary(body, JAN_1, MARCH_1,
                        activity(ActivityType.FORMAL_LEARNING, "2026-01-05", "2026-01-05", "6", true),
                        activity(ActivityType.WORK_BASED_LEARNING, "2026-02-20", "2026-02-20", "5", true)));
    }

    @Test
    void enoughTypesButARequiredOneMissingIsNotCalledMetNorContradicted() {
        // The reported case: 4 types done of the 2 wanted, yet the mix is not met, because one type is required.
        ProfessionalBody body = body(12, "50", 2, false, EnumSet.of(ActivityType.WORK_BASED_LEARNING));
        String text = summary(body, JAN_1, MARCH_1,
                activity(ActivityType.FORMAL_LEARNING, "2026-01-05", "2026-01-05", "1", false),
                activity(ActivityType.SELF_DIRECTED_LEARNING, "2026-01-20", "2026-01-20", "1", false),
                activity(ActivityType.PROFESSIONAL_ACTIVITY, "2026-02-05", "2026-02-05", "1", false),
                activity(ActivityType.OTHER, "2026-02-20", "2026-02-20", "1", false));
        assertTrue(text.contains("Mix wanted: at least 2 different types in every cycle, including Work-based"
                + " learning; not yet met: 4 types done, but Work-based learning is still needed."), text);
        assertTrue(text.startsWith("4 hours logged of a target of 50 (46 hours to go)."), text);
        assertTrue(text.contains("Reflections written for 0 of 4 activities."), text);
    }

    @Test
    void oneOfEverythingIsSingular() {
        ProfessionalBody body = body(12, null, 1, false, Set.of());
        assertEquals("1 hour logged; this body sets no target for hours. Types done: Other. Mix wanted: at least 1"
                        + " type in every cycle; met, with 1 type done. Reflections written for 0 of 1 activity. No"
                        + " gap of 3 months or more without activity.",
                summary(body, JAN_1, MARCH_1, activity(ActivityType.OTHER, "2026-02-01", "2026-02-01", "1", false)));
    }

    @Test
    void aPastEmptyCycleWithNoMixRequiredIsNotMetRatherThanNotYet() {
        ProfessionalBody body = body(12, "20", 0, true, Set.of());
        assertEquals("0 hours logged of a target of 20 (20 hours short). Types done: none. This body asks for no"
                        + " particular mix of types. No activities to reflect on. A gap of 3 months or more without"
                        + " activity: 1 Jan 2024 to 31 Dec 2024.",
                summary(body, LocalDate.of(2024, 1, 1), MARCH_1));
    }

    @Test
    void tooFewTypesAndMissingOnesAreBothSaid() {
        ProfessionalBody body = body(12, null, 3, true, EnumSet.of(ActivityType.FORMAL_LEARNING,
                ActivityType.WORK_BASED_LEARNING));
        String text = summary(body, JAN_1, MARCH_1,
                activity(ActivityType.OTHER, "2026-01-10", "2026-01-10", "2", true),
                activity(ActivityType.OTHER, "2026-02-10", "2026-02-10", "2", false));
        assertTrue(text.contains("Mix wanted: at least 3 different types in every cycle, including Formal learning"
                + " and Work-based learning; not yet met: 1 type done of the 3 wanted, and Formal learning and"
                + " Work-based learning are still needed."), text);
        assertTrue(text.contains("Reflections written for 1 of 2 activities; this body requires one for each"
                + " (1 missing)."), text);
    }

    @Test
    void requiredTypesThatReachTheCountAreNamedWithoutIt() {
        // Two required types and "at least 1": the count says nothing the types do not.
        ProfessionalBody body = body(12, null, 1, false, EnumSet.of(ActivityType.FORMAL_LEARNING,
                ActivityType.WORK_BASED_LEARNING));
        String text = summary(body, LocalDate.of(2025, 1, 1), MARCH_1,
                activity(ActivityType.FORMAL_LEARNING, "2025-06-01", "2025-06-01", "3", true));
        assertTrue(text.contains("Mix wanted: Formal learning and Work-based learning in every cycle; not met: 1 type"
                + " done, but Work-based learning is still needed."), text);
        assertEquals("Formal learning and Work-based learning in every cycle", body.mixWanted());
        // IPEM's rule: two different types, which its two required types are. No count the wording never named.
        ProfessionalBody ipem = body(12, "50", 2, false, EnumSet.of(ActivityType.FORMAL_LEARNING,
                ActivityType.WORK_BASED_LEARNING));
        String ipemText = summary(ipem, JAN_1, MARCH_1,
                activity(ActivityType.WORK_BASED_LEARNING, "2026-02-01", "2026-02-01", "1", false));
        assertTrue(ipemText.contains("Mix wanted: Formal learning and Work-based learning in every cycle; not yet"
                + " met: 1 type done, but Formal learning is still needed."), ipemText);
        assertEquals("at least 1 type in every cycle", body(12, null, 1, false, Set.of()).mixWanted());
        assertEquals("no particular mix", body(12, null, 0, false, Set.of()).mixWanted());
    }

    @Test
    void severalGapsAreCountedAndListed() {
        String text = summary(body(12, null, 0, false, Set.of()), JAN_1, LocalDate.of(2026, 11, 21),
                activity(ActivityType.OTHER, "2026-01-10", "2026-01-12", "1", true),
                activity(ActivityType.OTHER, "2026-04-13", "2026-04-13", "1", true),
                activity(ActivityType.OTHER, "2026-07-13", "2026-07-20", "1", true));
        assertTrue(text.endsWith("2 gaps of 3 months or more without activity: 13 Jan 2026 to 13 Apr 2026;"
                + " 21 Jul 2026 to 21 Nov 2026."), text);
    }

    @Test
    void noCombinationOfRulesAndActivitiesContradictsItselfOrMisCounts() {
        List<ActivityType> types = List.of(ActivityType.values());
        for (int min = 0; min <= 3; min++) {
            for (int requiredMask = 0; requiredMask < 8; requiredMask++) {
                for (int doneMask = 0; doneMask < 32; doneMask++) {
                    Set<ActivityType> required = EnumSet.noneOf(ActivityType.class);
                    List<CycleProgress.Activity> log = new java.util.ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        if ((requiredMask & (1 << i)) != 0) {
                            required.add(types.get(i));
                        }
                    }
                    for (int i = 0; i < 5; i++) {
                        if ((doneMask & (1 << i)) != 0) {
                            log.add(activity(types.get(i), "2026-02-0" + (i + 1), "2026-02-0" + (i + 1), "1", true));
                        }
                    }
                    CycleProgress p = CycleProgress.of(body(12, null, min, false, required), JAN_1, MARCH_1, log);
                    String text = p.summary();
                    String where = "min " + min + ", required " + required + ", done " + p.typesPresent() + ": " + text;
                    assertEquals(p.mixMet(), text.contains("; met, with") || text.contains("no particular mix"),
                            where);
                    assertFalse(text.contains("not yet met") && p.mixMet(), where);
                    assertFalse(text.matches(".*\\b1 (types|activities|hours|others)\\b.*"), where);
                    assertFalse(text.contains("at least 1 different") || text.contains("at least 0"), where);
                    assertFalse(text.contains(" and  ") || text.contains(" ,") || text.contains(": ."), where);
                    assertFalse(text.contains(" wanted, and") && !text.contains("at least"),
                            "a count is only weighed when it was named: " + where);
                    assertFalse(text.contains(" wanted.") && !text.contains("at least"),
                            "a count is only weighed when it was named: " + where);
                }
            }
        }
    }
}
