package org.healthengineering.portal.domain.home;

import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    /** 12-month cycles, 30 hours, formal learning required, two different types, reflection required. */
    private static ProfessionalBody strict() {
        return new ProfessionalBody("STRICT", new ProfessionalBody.Requirements("Strict body", "Policy", 12,
                new BigDecimal("30"), 2, true, EnumSet.of(ActivityType.FORMAL_LEARNING)));
    }

    private static CycleProgress.Activity activity(ActivityType type, String end, String hours, boolean reflected) {
        LocalDate day = LocalDate.parse(end);
        return new CycleProgress.Activity(type, day, day, new BigDecimal(hours), reflected);
    }

    private static CycleStatus judge(ProfessionalBody body, LocalDate today, CycleProgress.Activity... log) {
        return CycleStatus.of(body, CycleProgress.of(body, START, today, List.of(log)), today);
    }

    private static CycleStatus.Measure measure(CycleStatus status, CycleStatus.Requirement requirement) {
        return status.measures().stream().filter(m -> m.requirement() == requirement).findFirst().orElseThrow();
    }

    @Test
    void theShareOfTheCycleGoneCountsTodayAndStopsAtTheEnds() {
        // 2 July is day 183 of 365.
        assertEquals(183.0 / 365, CycleStatus.elapsed(START, END, LocalDate.of(2026, 7, 2)), 1e-12);
        assertEquals(1.0 / 365, CycleStatus.elapsed(START, END, START), 1e-12);
        assertEquals(1.0, CycleStatus.elapsed(START, END, END), 1e-12);
        assertEquals(0.0, CycleStatus.elapsed(START, END, START.minusDays(1)), 1e-12);
        assertEquals(1.0, CycleStatus.elapsed(START, END, END.plusDays(40)), 1e-12);
    }

    @Test
    void hoursAreGreenWithinATenthOfTheTargetOfASteadyPaceAmberWithinAQuarterAndRedBeyond() {
        BigDecimal target = new BigDecimal("30");
        // Half the cycle gone: a steady pace is 15 h; green down to 12 h (3 h = a tenth of 30 behind),
        // amber down to 7.5 h (a quarter behind), red below.
        assertEquals(Rag.GREEN, CycleStatus.hours(new BigDecimal("15"), target, 0.5));
        assertEquals(Rag.GREEN, CycleStatus.hours(new BigDecimal("12.25"), target, 0.5));
        assertEquals(Rag.AMBER, CycleStatus.hours(new BigDecimal("11.75"), target, 0.5));
        assertEquals(Rag.AMBER, CycleStatus.hours(new BigDecimal("7.75"), target, 0.5));
        assertEquals(Rag.RED, CycleStatus.hours(new BigDecimal("7.25"), target, 0.5));
        // Early in a cycle nothing is behind yet; a met target is green whenever.
        assertEquals(Rag.GREEN, CycleStatus.hours(BigDecimal.ZERO, target, 0.05));
        assertEquals(Rag.AMBER, CycleStatus.hours(BigDecimal.ZERO, target, 0.2));
        assertEquals(Rag.GREEN, CycleStatus.hours(new BigDecimal("31"), target, 1.0));
        assertEquals(Rag.RED, CycleStatus.hours(new BigDecimal("22"), target, 1.0));
    }

    @Test
    void midCycleEachRequirementHasItsStatusAndTheWorstIsTheCycles() {
        // 2 July: 50% gone. 5 of 30 h is 17%, more than a quarter behind 50%: red. Formal learning done (green),
        // one type of two (amber: time to catch up), the one activity reflected on (green).
        CycleStatus status = judge(strict(), LocalDate.of(2026, 7, 2),
                activity(ActivityType.FORMAL_LEARNING, "2026-03-10", "5", true));
        assertFalse(status.finished());
        assertEquals(50, status.elapsedPercent());
        assertEquals(List.of(CycleStatus.Requirement.HOURS, CycleStatus.Requirement.REQUIRED_TYPES,
                CycleStatus.Requirement.MIX, CycleStatus.Requirement.REFLECTION),
                status.measures().stream().map(CycleStatus.Measure::requirement).toList());
        CycleStatus.Measure hours = measure(status, CycleStatus.Requirement.HOURS);
        assertEquals(Rag.RED, hours.status());
        assertEquals(16, hours.percent());
        assertEquals(Rag.GREEN, measure(status, CycleStatus.Requirement.REQUIRED_TYPES).status());
        CycleStatus.Measure mix = measure(status, CycleStatus.Requirement.MIX);
        assertEquals(Rag.AMBER, mix.status());
        assertEquals(new BigDecimal("1"), mix.done());
        assertEquals(new BigDecimal("2"), mix.wanted());
        assertEquals(Rag.GREEN, measure(status, CycleStatus.Requirement.REFLECTION).status());
        assertEquals(Rag.RED, status.status());
        assertFalse(status.met());
    }

    @Test
    void anUnmetTypeMixOrReflectionTurnsRedInTheLastQuarterOfTheCycle() {
        CycleProgress.Activity[] log = {activity(ActivityType.WORK_BASED_LEARNING, "2026-02-01", "25", false)};
        // 30 September is day 273 of 365: 74.8% gone, still amber; 2 October (day 275) 75.3%: red.
        CycleStatus september = judge(strict(), LocalDate.of(2026, 9, 30), log);
        CycleStatus october = judge(strict(), LocalDate.of(2026, 10, 2), log);
        for (CycleStatus.Requirement r : List.of(CycleStatus.Requirement.REQUIRED_TYPES, CycleStatus.Requirement.MIX,
                CycleStatus.Requirement.REFLECTION)) {
            assertEquals(Rag.AMBER, measure(september, r).status(), r.name());
            assertEquals(Rag.RED, measure(october, r).status(), r.name());
        }
        // 25 of 30 h at 75%: a steady pace is 22.5 h, so the hours are green.
        assertEquals(Rag.GREEN, measure(october, CycleStatus.Requirement.HOURS).status());
        assertEquals(Rag.AMBER, september.status());
        assertEquals(Rag.RED, october.status());
    }

    @Test
    void aFinishedCycleIsGreenWhereMetAndRedWhereNot() {
        CycleStatus result = judge(strict(), LocalDate.of(2027, 2, 1),
                activity(ActivityType.FORMAL_LEARNING, "2026-05-01", "20", true),
                activity(ActivityType.FORMAL_LEARNING, "2026-11-01", "10", true));
        assertTrue(result.finished());
        assertEquals(100, result.elapsedPercent());
        assertEquals(Rag.GREEN, measure(result, CycleStatus.Requirement.HOURS).status());
        assertEquals(Rag.RED, measure(result, CycleStatus.Requirement.MIX).status(), "one type of two");
        assertEquals(Rag.RED, result.status());
        assertFalse(result.met());
        // 28 of 30 hours would be green mid-pace, but a finished cycle either met its target or did not.
        CycleStatus shortOfHours = judge(strict(), LocalDate.of(2027, 2, 1),
                activity(ActivityType.FORMAL_LEARNING, "2026-05-01", "20", true),
                activity(ActivityType.WORK_BASED_LEARNING, "2026-11-01", "8", true));
        assertEquals(Rag.RED, measure(shortOfHours, CycleStatus.Requirement.HOURS).status());
    }

    @Test
    void aBodyWithoutRequirementsIsOnTrackAndNothingToReflectOnIsMet() {
        ProfessionalBody relaxed = new ProfessionalBody("RELAXED", new ProfessionalBody.Requirements("Relaxed",
                "Policy", 12, null, 0, false, Set.of()));
        CycleStatus status = judge(relaxed, LocalDate.of(2026, 12, 1));
        assertEquals(List.of(), status.measures());
        assertEquals(Rag.GREEN, status.status());
        assertTrue(status.met());

        ProfessionalBody reflective = new ProfessionalBody("REFLECT", new ProfessionalBody.Requirements("Reflective",
                "Policy", 12, null, 0, true, Set.of()));
        CycleStatus.Measure reflection = measure(judge(reflective, LocalDate.of(2026, 12, 1)),
                CycleStatus.Requirement.REFLECTION);
        assertTrue(reflection.met());
        assertEquals(Rag.GREEN, reflection.status());
        assertEquals(100, reflection.percent());
    }

    @Test
    void theWorstStatusWins() {
        assertEquals(Rag.AMBER, Rag.GREEN.worst(Rag.AMBER));
        assertEquals(Rag.RED, Rag.RED.worst(Rag.AMBER));
        assertEquals(Rag.GREEN, Rag.GREEN.worst(Rag.GREEN));
    }
}
