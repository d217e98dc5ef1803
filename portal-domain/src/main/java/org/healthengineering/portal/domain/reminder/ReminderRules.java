package org.healthengineering.portal.domain.reminder;

import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.notification.Notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which CPD reminders are due for one engineer on one day (pure). Each names what it is about in plain words and
 * links to the page that fixes it; its subject key makes it one reminder per occasion, however often the rules
 * run:
 * <ul>
 *     <li><b>cycle ending</b>: a body's current cycle ends within {@value #CYCLE_END_WARNING_DAYS} days and its
 *     target hours, required types or mix of types are not met (once per body and cycle);</li>
 *     <li><b>gap opening</b>: no CPD activity has ended for long enough that three months without CPD (the gap
 *     the home page shows) open within {@value #GAP_WARNING_DAYS} days, or have opened (once per lull: the key
 *     is the day the lull began);</li>
 *     <li><b>objective due</b>: a plan objective not yet evaluated whose target date is within
 *     {@value #OBJECTIVE_WARNING_DAYS} days or passed (once per objective and target date, so a new date brings
 *     a new reminder);</li>
 *     <li><b>reflection missing</b>: an activity in the current cycle of a body that requires reflection, ended
 *     at least {@value #REFLECTION_GRACE_DAYS} days ago, still lacks a complete reflection (once per activity).</li>
 * </ul>
 */
public final class ReminderRules {

    public static final int CYCLE_END_WARNING_DAYS = 60;
    public static final int GAP_WARNING_DAYS = 14;
    public static final int OBJECTIVE_WARNING_DAYS = 7;
    public static final int REFLECTION_GRACE_DAYS = 7;

    /** The CPD page: activities, reflections and registrations. */
    public static final String CPD_PAGE = "/cpd/index.xhtml";
    /** The plan on the CPD page. */
    public static final String PLAN_PAGE = "/cpd/index.xhtml#plan-form";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReminderRules() {
    }

    /** Every reminder due on {@code today}, in a stable order: cycles, the gap, objectives, reflections. */
    public static List<Reminder> due(LocalDate today, EngineerCpd cpd) {
        List<EngineerCpd.Registration> registrations = cpd.registrations().stream()
                .filter(r -> !r.registeredOn().isAfter(today))
                .sorted(Comparator.comparing(r -> r.body().getCode())).toList();
        List<EngineerCpd.Activity> done = cpd.activities().stream().filter(a -> !a.end().isAfter(today)).toList();
        List<CycleProgress.Activity> progress = done.stream().map(EngineerCpd.Activity::progress).toList();
        List<Reminder> due = new ArrayList<>();
        for (EngineerCpd.Registration r : registrations) {
            cycleEnding(today, r, progress).ifPresent(due::add);
        }
        gapOpening(today, registrations, done).ifPresent(due::add);
        cpd.objectives().stream().sorted(Comparator.comparing(EngineerCpd.Objective::targetDate)
                        .thenComparing(EngineerCpd.Objective::id))
                .map(o -> objectiveDue(today, o)).flatMap(Optional::stream).forEach(due::add);
        done.stream().sorted(Comparator.comparing(EngineerCpd.Activity::end).thenComparing(EngineerCpd.Activity::id))
                .map(a -> reflectionMissing(today, registrations, a)).flatMap(Optional::stream).forEach(due::add);
        return due;
    }

    static Optional<Reminder> cycleEnding(LocalDate today, EngineerCpd.Registration registration,
                                          List<CycleProgress.Activity> activities) {
        ProfessionalBody body = registration.body();
        LocalDate start = CycleProgress.cycleStart(registration.registeredOn(), body.getCycleMonths(), today);
        CycleProgress cycle = CycleProgress.of(body, start, today, activities);
        long daysLeft = ChronoUnit.DAYS.between(today, cycle.end());
        if (daysLeft > CYCLE_END_WARNING_DAYS || cycle.targetMet() && cycle.mixMet()) {
            return Optional.empty();
        }
        List<String> unmet = new ArrayList<>();
        if (!cycle.targetMet()) {
            unmet.add(number(cycle.hours()) + " of " + number(cycle.targetHours()) + " hours done");
        }
        for (ActivityType type : ActivityType.values()) {
            if (cycle.missingTypes().contains(type)) {
                unmet.add("no " + type.getLabel().toLowerCase(Locale.UK) + " yet");
            }
        }
        int types = cycle.typesPresent().size();
        if (types < cycle.minActivityTypes()) {
            unmet.add((types == 0 ? "no activity yet" : "activities of " + types + (types == 1 ? " type" : " types"))
                    + " where it asks for at least " + cycle.minActivityTypes() + " different types");
        }
        return Optional.of(new Reminder(Notification.Kind.CPD_CYCLE_ENDING, body.getCode() + ":" + start,
                "Your CPD cycle with " + body.getName() + " ends on " + day(cycle.end()) + " (" + inDays(daysLeft)
                        + ") and its requirements are not met yet: " + String.join("; ", unmet)
                        + ". Record the CPD you have done on the CPD page.", CPD_PAGE));
    }

    static Optional<Reminder> gapOpening(LocalDate today, List<EngineerCpd.Registration> registrations,
                                         List<EngineerCpd.Activity> done) {
        Optional<LocalDate> lastEnd = done.stream().map(EngineerCpd.Activity::end).max(Comparator.naturalOrder());
        Optional<LocalDate> registered = registrations.stream().map(EngineerCpd.Registration::registeredOn)
                .min(Comparator.naturalOrder());
        if (lastEnd.isEmpty() && registered.isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = lastEnd.map(end -> end.plusDays(1)).orElseGet(registered::get);
        LocalDate opens = since.plusMonths(CycleProgress.GAP_MONTHS);
        if (today.isBefore(opens.minusDays(GAP_WARNING_DAYS))) {
            return Optional.empty();
        }
        String what = lastEnd.map(end -> "Your last CPD activity ended on " + day(end) + " ("
                        + ChronoUnit.DAYS.between(end, today) + " days ago)")
                .orElseGet(() -> "You have logged no CPD activity since you registered on " + day(since));
        String consequence = today.isBefore(opens)
                ? ". From " + day(opens) + " your record will show three months without CPD"
                : ": your record shows three months without CPD";
        return Optional.of(new Reminder(Notification.Kind.CPD_GAP_OPENING, "since:" + since, what + consequence
                + ". Record what you have done since on the CPD page.", CPD_PAGE));
    }

    static Optional<Reminder> objectiveDue(LocalDate today, EngineerCpd.Objective objective) {
        LocalDate target = objective.targetDate();
        if (objective.evaluated() || target.isAfter(today.plusDays(OBJECTIVE_WARNING_DAYS))) {
            return Optional.empty();
        }
        String when;
        if (target.isAfter(today)) {
            when = " is due on " + day(target) + " (" + inDays(ChronoUnit.DAYS.between(today, target))
                    + "). Once it is due, evaluate";
        } else if (target.isEqual(today)) {
            when = " is due today. Evaluate";
        } else {
            when = " was due on " + day(target) + " and is not evaluated yet. Evaluate";
        }
        return Optional.of(new Reminder(Notification.Kind.CPD_OBJECTIVE_DUE,
                "objective:" + objective.id() + ":" + target, "Your objective \u201c" + objective.title() + "\u201d"
                + when + " in your plan whether it achieved what you wanted.", PLAN_PAGE));
    }

    static Optional<Reminder> reflectionMissing(LocalDate today, List<EngineerCpd.Registration> registrations,
                                                EngineerCpd.Activity activity) {
        if (activity.reflected() || activity.end().isAfter(today.minusDays(REFLECTION_GRACE_DAYS))) {
            return Optional.empty();
        }
        List<String> bodies = registrations.stream().filter(r -> r.body().isReflectionRequired())
                .filter(r -> !activity.end().isBefore(CycleProgress.cycleStart(r.registeredOn(),
                        r.body().getCycleMonths(), today)))
                .map(r -> r.body().getName()).toList();
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(Notification.Kind.CPD_REFLECTION_MISSING, "activity:" + activity.id(),
                "Your activity \u201c" + activity.title() + "\u201d (ended " + day(activity.end())
                        + ") has no complete reflection, and " + names(bodies)
                        + (bodies.size() == 1 ? " requires" : " require")
                        + " one for every activity in your current cycle: write what you learned, how you applied"
                        + " it and the benefit to patients and service users, on the CPD page.", CPD_PAGE));
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String inDays(long days) {
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
