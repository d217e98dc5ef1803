package org.healthengineering.portal.domain.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An engineer's CPD in one cycle of one professional body, measured against what the body expects: hours
 * against the target, the mix of activity types, gaps of three months or more without any activity, and
 * whether reflections are written. An activity counts in the cycle in which it ended; one activity counts for
 * every body whose cycle it falls in.
 *
 * @param start             the cycle's first day
 * @param end               the cycle's last day
 * @param hours             hours of the activities that ended in the cycle
 * @param typesPresent      activity types done in the cycle
 * @param missingTypes      required types not yet done
 * @param gaps              stretches of three months or more without activity (up to today in a current cycle)
 * @param activities        activities that ended in the cycle
 * @param reflected         of those, how many have all three parts of the reflection written
 */
public record CycleProgress(String bodyCode, LocalDate start, LocalDate end, boolean current, BigDecimal hours,
                            BigDecimal targetHours, Set<ActivityType> typesPresent, Set<ActivityType> missingTypes,
                            int minActivityTypes, List<Gap> gaps, int activities, int reflected,
                            boolean reflectionRequired) {

    /** A gap without activity of {@link #GAP_MONTHS} months or more; {@code to} is the day activity resumed. */
    public record Gap(LocalDate from, LocalDate to) {
    }

    public static final int GAP_MONTHS = 3;

    /** What progress needs of an activity. */
    public record Activity(ActivityType type, LocalDate start, LocalDate end, BigDecimal hours, boolean reflected) {
        public static Activity of(CpdActivity a) {
            return new Activity(a.getType(), a.getPeriod().getStart(), a.getPeriod().getEnd(),
                    a.getHours().getValue(), a.getReflection().isComplete());
        }
    }

    /** The cycle that contains {@code day} (cycles run back to back from the registration date). */
    public static LocalDate cycleStart(LocalDate registeredOn, int cycleMonths, LocalDate day) {
        LocalDate start = registeredOn;
        if (day.isBefore(registeredOn)) {
            return registeredOn;
        }
        int cycles = (int) (java.time.temporal.ChronoUnit.MONTHS.between(registeredOn, day) / cycleMonths);
        start = registeredOn.plusMonths((long) cycles * cycleMonths);
        if (start.isAfter(day)) {
            start = registeredOn.plusMonths((long) (cycles - 1) * cycleMonths);
        }
        return start;
    }

    /** Progress in the cycle that starts on {@code start}, judged on {@code today}. */
    public static CycleProgress of(ProfessionalBody body, LocalDate start, LocalDate today, List<Activity> all) {
        LocalDate end = start.plusMonths(body.getCycleMonths()).minusDays(1);
        boolean current = !today.isBefore(start) && !today.isAfter(end);
        List<Activity> counted = all.stream().filter(a -> !a.end().isBefore(start) && !a.end().isAfter(end))
                .toList();
        BigDecimal hours = counted.stream().map(Activity::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<ActivityType> present = EnumSet.noneOf(ActivityType.class);
        counted.forEach(a -> present.add(a.type()));
        Set<ActivityType> missing = body.getRequiredTypes();
        missing.removeAll(present);
        LocalDate limit = current ? today : end;
        List<Gap> gaps = gaps(start, limit, all);
        int reflected = (int) counted.stream().filter(Activity::reflected).count();
        return new CycleProgress(body.getCode(), start, end, current, hours, body.getTargetHours(), present, missing,
                body.getMinActivityTypes(), gaps, counted.size(), reflected, body.isReflectionRequired());
    }

    /** Stretches of {@link #GAP_MONTHS} months or more between {@code from} and {@code to} covered by no activity. */
    static List<Gap> gaps(LocalDate from, LocalDate to, List<Activity> activities) {
        List<Gap> gaps = new ArrayList<>();
        LocalDate cursor = from;
        List<Activity> sorted = activities.stream().filter(a -> !a.end().isBefore(from) && !a.start().isAfter(to))
                .sorted(Comparator.comparing(Activity::start)).toList();
        for (Activity a : sorted) {
            if (a.start().isAfter(cursor) && !cursor.plusMonths(GAP_MONTHS).isAfter(a.start())) {
                gaps.add(new Gap(cursor, a.start()));
            }
            if (!a.end().plusDays(1).isBefore(cursor)) {
                cursor = a.end().plusDays(1);
            }
        }
        if (!cursor.plusMonths(GAP_MONTHS).isAfter(to)) {
            gaps.add(new Gap(cursor, to));
        }
        return gaps;
    }

    /** Whether the target (if any) is reached. */
    public boolean targetMet() {
        return targetHours == null || hours.compareTo(targetHours) >= 0;
    }

    public boolean mixMet() {
        return missingTypes.isEmpty() && typesPresent.size() >= minActivityTypes;
    }

    /** Whether every activity is reflected on, where the body requires it. */
    public boolean reflectionMet() {
        return !reflectionRequired || reflected == activities;
    }
}
