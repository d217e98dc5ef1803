package org.healthengineering.portal.domain.reminder;

import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.notification.Notification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderRulesTest {

    /** Yearly, 50 hours, formal and work-based learning, two types; no reflection rule. */
    private static final ProfessionalBody IPEM = body("IPEM", "Institute of Physics and Engineering in Medicine",
            "50", 2, false, EnumSet.of(ActivityType.FORMAL_LEARNING, ActivityType.WORK_BASED_LEARNING));
    /** Yearly, no hours, two types; reflection on every activity. */
    private static final ProfessionalBody ENGC = body("ENGC", "Engineering Council", null, 2, true, Set.of());
    private static final ProfessionalBody HCPC = body("HCPC", "Health and Care Professions Council", null, 0, true,
            Set.of());

    private static ProfessionalBody body(String code, String name, String target, int minTypes, boolean reflection,
                                         Set<ActivityType> required) {
        return new ProfessionalBody(code, new ProfessionalBody.Requirements(name, "Policy", 12,
                target == null ? null : new BigDecimal(target), minTypes, reflection, required));
    }

    private static EngineerCpd.Registration registered(ProfessionalBody body, String on) {
        return new EngineerCpd.Registration(body, LocalDate.parse(on));
    }

    private static EngineerCpd.Activity activity(long id, ActivityType type, String end, String hours,
                                                 boolean reflected) {
        return new EngineerCpd.Activity(id, "Activity " + id, type, LocalDate.parse(end), LocalDate.parse(end),
                new BigDecimal(hours), reflected);
    }

    private static List<Reminder> due(String today, List<EngineerCpd.Registration> registrations,
                                      List<EngineerCpd.Activity> activities, EngineerCpd.Objective... objectives) {
        return ReminderRules.due(LocalDate.parse(today), new EngineerCpd(registrations, activities,
                List.of(objectives)));
    }

    private static List<Reminder> of(List<Reminder> reminders, Notification.Kind kind) {
        return reminders.stream().filter(r -> r.kind() == kind).toList();
    }

    // Cycle 2026-01-01 .. 2026-12-31; recent activity so no gap opens; all reflected.
    private static final List<EngineerCpd.Activity> SHORT_OF_TARGET = List.of(
            activity(1, ActivityType.FORMAL_LEARNING, "2026-10-20", "20", true),
            activity(2, ActivityType.SELF_DIRECTED_LEARNING, "2026-10-25", "10.5", true));

    @Test
    void aCycleEndingWithinSixtyDaysWithItsRequirementsUnmetIsRemindedNamingWhatIsMissing() {
        List<EngineerCpd.Registration> ipem = List.of(registered(IPEM, "2024-01-01"));
        assertTrue(of(due("2026-10-31", ipem, SHORT_OF_TARGET), Notification.Kind.CPD_CYCLE_ENDING).isEmpty(),
                "61 days before the end: not yet");
        List<Reminder> reminders = of(due("2026-11-01", ipem, SHORT_OF_TARGET), Notification.Kind.CPD_CYCLE_ENDING);
        assertEquals(1, reminders.size(), "60 days before the end");
        Reminder cycle = reminders.get(0);
        assertEquals("IPEM:2026-01-01", cycle.subjectKey(), "one reminder per body and cycle");
        assertEquals("/cpd/index.xhtml", cycle.link());
        assertEquals("Your CPD cycle with Institute of Physics and Engineering in Medicine ends on 31 December 2026"
                + " (in 60 days) and its requirements are not met yet: 30.5 of 50 hours done; no work-based learning"
                + " yet. Record the CPD you have done on the CPD page.", cycle.text());
        assertEquals("IPEM:2026-01-01", of(due("2026-12-31", ipem, SHORT_OF_TARGET),
                Notification.Kind.CPD_CYCLE_ENDING).get(0).subjectKey(), "the last day: same occasion");
        assertTrue(of(due("2026-12-31", ipem, SHORT_OF_TARGET), Notification.Kind.CPD_CYCLE_ENDING).get(0).text()
                .contains("(today)"));
        // The next cycle is a new occasion.
        assertEquals("IPEM:2027-01-01", of(due("2027-11-30", ipem, SHORT_OF_TARGET),
                Notification.Kind.CPD_CYCLE_ENDING).get(0).subjectKey());
    }

    @Test
    void aCycleWhoseTargetTypesAndMixAreMetIsNotReminded() {
        List<EngineerCpd.Activity> enough = List.of(
                activity(1, ActivityType.FORMAL_LEARNING, "2026-10-20", "30", true),
                activity(2, ActivityType.WORK_BASED_LEARNING, "2026-10-25", "20", true));
        assertTrue(of(due("2026-12-01", List.of(registered(IPEM, "2024-01-01")), enough),
                Notification.Kind.CPD_CYCLE_ENDING).isEmpty());
        // Hours and the mix are judged separately: enough hours of one type only still misses the mix.
        List<EngineerCpd.Activity> oneType = List.of(activity(1, ActivityType.FORMAL_LEARNING, "2026-10-20", "60",
                true));
        String text = of(due("2026-12-01", List.of(registered(IPEM, "2024-01-01")), oneType),
                Notification.Kind.CPD_CYCLE_ENDING).get(0).text();
        assertTrue(text.endsWith("not met yet: no work-based learning yet; activities of 1 type where it asks for"
                + " at least 2 different types. Record the CPD you have done on the CPD page."), text);
        // A body without target, required types or mix has nothing to remind.
        assertTrue(of(due("2026-12-01", List.of(registered(HCPC, "2024-01-01")), List.of()),
                Notification.Kind.CPD_CYCLE_ENDING).isEmpty());
    }

    @Test
    void aThreeMonthGapIsRemindedTwoWeeksBeforeItOpensOncePerLull() {
        List<EngineerCpd.Activity> log = List.of(activity(1, ActivityType.OTHER, "2026-03-12", "2", true),
                activity(2, ActivityType.OTHER, "2026-01-05", "2", true));
        // The gap opens on 2026-06-13 (three months from the day after the last activity ended).
        assertTrue(of(due("2026-05-29", List.of(), log), Notification.Kind.CPD_GAP_OPENING).isEmpty(),
                "15 days before: not yet");
        Reminder gap = of(due("2026-05-30", List.of(), log), Notification.Kind.CPD_GAP_OPENING).get(0);
        assertEquals("since:2026-03-13", gap.subjectKey());
        assertEquals("Your last CPD activity ended on 12 March 2026 (79 days ago). From 13 June 2026 your record will"
                + " show three months without CPD. Record what you have done since on the CPD page.", gap.text());
        Reminder opened = of(due("2026-07-01", List.of(), log), Notification.Kind.CPD_GAP_OPENING).get(0);
        assertEquals("since:2026-03-13", opened.subjectKey(), "the same lull, once");
        assertTrue(opened.text().contains(": your record shows three months without CPD."), opened.text());
        // A newer activity starts a new lull; an activity logged ahead of today does not count yet.
        List<EngineerCpd.Activity> later = List.of(log.get(0), activity(3, ActivityType.OTHER, "2026-06-01", "1",
                true));
        assertTrue(of(due("2026-06-20", List.of(), later), Notification.Kind.CPD_GAP_OPENING).isEmpty());
        assertEquals("since:2026-03-13", of(due("2026-05-30", List.of(), later), Notification.Kind.CPD_GAP_OPENING)
                .get(0).subjectKey());
    }

    @Test
    void withoutAnyActivityTheLullStartsAtRegistrationAndWithoutEitherThereIsNone() {
        Reminder gap = of(due("2026-04-05", List.of(registered(HCPC, "2026-02-01"),
                registered(ENGC, "2026-01-15")), List.of()), Notification.Kind.CPD_GAP_OPENING).get(0);
        assertEquals("since:2026-01-15", gap.subjectKey());
        assertTrue(gap.text().startsWith("You have logged no CPD activity since you registered on 15 January 2026."
                + " From 15 April 2026"), gap.text());
        assertTrue(due("2030-01-01", List.of(), List.of()).isEmpty(), "nothing logged, no body: nothing to remind");
        assertTrue(due("2026-04-20", List.of(registered(HCPC, "2026-05-01")), List.of()).isEmpty(),
                "a registration that starts later does not count yet");
    }

    @Test
    void anObjectiveIsRemindedFromAWeekBeforeItsTargetDateUntilItIsEvaluated() {
        EngineerCpd.Objective review = new EngineerCpd.Objective(7, "Lead a maintenance review",
                LocalDate.parse("2026-03-10"), false);
        List<EngineerCpd.Activity> recent = List.of(activity(1, ActivityType.OTHER, "2026-03-01", "1", true));
        assertTrue(due("2026-03-02", List.of(), recent, review).isEmpty(), "8 days before");
        Reminder soon = due("2026-03-03", List.of(), recent, review).get(0);
        assertEquals(Notification.Kind.CPD_OBJECTIVE_DUE, soon.kind());
        assertEquals("objective:7:2026-03-10", soon.subjectKey());
        assertEquals("/cpd/index.xhtml#plan-form", soon.link());
        assertEquals("Your objective \u201cLead a maintenance review\u201d is due on 10 March 2026 (in 7 days). Once it"
                + " is due, evaluate in your plan whether it achieved what you wanted.", soon.text());
        assertTrue(due("2026-03-10", List.of(), recent, review).get(0).text().contains(" is due today. Evaluate"));
        Reminder late = due("2026-04-01", List.of(), recent, review).get(0);
        assertEquals("objective:7:2026-03-10", late.subjectKey(), "the same occasion");
        assertTrue(late.text().contains("was due on 10 March 2026 and is not evaluated yet"), late.text());
        assertTrue(due("2026-04-01", List.of(), recent, new EngineerCpd.Objective(7, "Lead a maintenance review",
                LocalDate.parse("2026-03-10"), true)).isEmpty(), "evaluated");
        assertEquals("objective:7:2026-04-05", due("2026-04-01", List.of(), recent, new EngineerCpd.Objective(7,
                "Lead a maintenance review", LocalDate.parse("2026-04-05"), false)).get(0).subjectKey(),
                "a new target date is a new occasion");
    }

    @Test
    void aMissingReflectionIsRemindedAWeekAfterTheActivityWhenABodyInWhoseCurrentCycleItFallsRequiresIt() {
        List<EngineerCpd.Activity> log = List.of(
                activity(1, ActivityType.FORMAL_LEARNING, "2025-12-20", "3", false), // previous cycle
                activity(2, ActivityType.FORMAL_LEARNING, "2026-03-01", "3", false),
                activity(3, ActivityType.WORK_BASED_LEARNING, "2026-03-02", "3", true),
                activity(4, ActivityType.OTHER, "2026-03-05", "1", false)); // ended 6 days ago
        List<Reminder> reminders = of(due("2026-03-11", List.of(registered(ENGC, "2024-01-01"),
                registered(HCPC, "2025-01-01"), registered(IPEM, "2024-01-01")), log),
                Notification.Kind.CPD_REFLECTION_MISSING);
        assertEquals(1, reminders.size(), reminders.toString());
        assertEquals("activity:2", reminders.get(0).subjectKey());
        assertEquals("Your activity \u201cActivity 2\u201d (ended 1 March 2026) has no complete reflection, and"
                + " Engineering Council and Health and Care Professions Council require one for every activity in"
                + " your current cycle: write what you learned, how you applied it and the benefit to patients and"
                + " service users, on the CPD page.", reminders.get(0).text());
        // HCPC's cycle runs from 2026-01-01 too; an IPEM-only engineer (no reflection rule) is not reminded.
        assertTrue(of(due("2026-03-11", List.of(registered(IPEM, "2024-01-01")), log),
                Notification.Kind.CPD_REFLECTION_MISSING).isEmpty());
        // Registered with ENGC from 2025-07-01: the current cycle started 2025-07-01, so activity 1 counts too.
        assertEquals(List.of("activity:1", "activity:2"), of(due("2026-03-11", List.of(registered(ENGC,
                "2025-07-01")), log), Notification.Kind.CPD_REFLECTION_MISSING).stream()
                .map(Reminder::subjectKey).toList());
        assertTrue(of(due("2026-03-11", List.of(registered(ENGC, "2025-07-01")), log),
                Notification.Kind.CPD_REFLECTION_MISSING).get(0).text().contains(" Engineering Council requires one"));
    }

    @Test
    void remindersComeInAStableOrderAndOnlyForReminderKinds() {
        List<EngineerCpd.Activity> log = List.of(activity(5, ActivityType.OTHER, "2026-09-01", "1", false));
        List<Reminder> reminders = due("2026-12-01", List.of(registered(IPEM, "2024-01-01"),
                registered(ENGC, "2024-01-01")), log, new EngineerCpd.Objective(9, "Write up", LocalDate.parse(
                "2026-11-01"), false));
        assertEquals(List.of("ENGC:2026-01-01", "IPEM:2026-01-01", "since:2026-09-02", "objective:9:2026-11-01",
                "activity:5"), reminders.stream().map(Reminder::subjectKey).toList());
        assertThrows(IllegalArgumentException.class, () -> new Reminder(Notification.Kind.MENTORING_ACCEPTED, "x",
                "text", null));
    }
}
