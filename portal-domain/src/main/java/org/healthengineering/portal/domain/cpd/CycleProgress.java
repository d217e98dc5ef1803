package org.healthengineering.portal.domain.cpd;

import org.healthengineering.portal.domain.shared.DateText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param requiredTypes     the types the body requires in every cycle, done or not
 * @param verifiedHours     of {@code hours}, those of verified activities (completions of accredited courses)
 */
public record CycleProgress(String bodyCode, LocalDate start, LocalDate end, boolean current, BigDecimal hours,
                            BigDecimal targetHours, Set<ActivityType> typesPresent, Set<ActivityType> missingTypes,
                            int minActivityTypes, List<Gap> gaps, int activities, int reflected,
                            boolean reflectionRequired, Set<ActivityType> requiredTypes, BigDecimal verifiedHours) implements Serializable {

    /** A gap without activity of {@link #GAP_MONTHS} months or more; {@code to} is the day activity resumed. */
    public record Gap(LocalDate from, LocalDate to) implements Serializable {
    }

    public static final int GAP_MONTHS = 3;

    /** What progress needs of an activity; {@code verified} when it is a completion of an accredited course. */
    public record Activity(ActivityType type, LocalDate start, LocalDate end, BigDecimal hours, boolean reflected,
                           boolean verified) {

        public Activity(ActivityType type, LocalDate start, LocalDate end, BigDecimal hours, boolean reflected) {
            this(type, start, end, hours, reflected, false);
        }

        public static Activity of(CpdActivity a) {
            return new Activity(a.getType(), a.getPeriod().getStart(), a.getPeriod().getEnd(),
                    a.getHours().getValue(), a.getReflection().isComplete(), a.isVerified());
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
        BigDecimal verified = counted.stream().filter(Activity::verified).map(Activity::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CycleProgress(body.getCode(), start, end, current, hours, body.getTargetHours(), present, missing,
                body.getMinActivityTypes(), gaps, counted.size(), reflected, body.isReflectionRequired(),
                body.getRequiredTypes(), verified);
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

    /**
     * The cycle's progress in sentences, as the home page, the portfolio and the API give it: hours against the
     * target, the types done, the mix the body wants and why it is met or not, reflections, and gaps. Each
     * statement says only what is true of this cycle (a past cycle is "not met", never "not yet met"), and counts
     * agree with their nouns.
     */
    public String summary() {
        return String.join(" ", hoursInWords(), typesInWords(), mixInWords(), reflectionsInWords(), gapsInWords());
    }

    private String notMet() {
        return current ? "not yet met" : "not met";
    }

    private String hoursInWords() {
        String logged = hoursOf(hours) + " logged" + (verifiedHours.signum() == 0 ? ""
                : " (" + plain(verifiedHours) + " of them verified by accredited courses' providers)");
        if (targetHours == null) {
            return logged + "; this body sets no target for hours.";
        }
        if (targetMet()) {
            return logged + ", meeting the target of " + plain(targetHours) + ".";
        }
        return logged + " of a target of " + plain(targetHours) + " (" + hoursOf(targetHours.subtract(hours))
                + (current ? " to go)." : " short).");
    }

    private String typesInWords() {
        return "Types done: " + (typesPresent.isEmpty() ? (current ? "none yet." : "none.")
                : ActivityType.listed(typesPresent) + ".");
    }

    private String mixInWords() {
        String wanted = ProfessionalBody.mixWanted(minActivityTypes, requiredTypes);
        if (wanted == null) {
            return "This body asks for no particular mix of types.";
        }
        String done = count(typesPresent.size(), "type", "types") + " done";
        String text = "Mix wanted: " + wanted + "; ";
        if (mixMet()) {
            return text + "met, with " + done + ".";
        }
        // The count is weighed only where the required types do not already reach it (see ProfessionalBody.mixWanted).
        boolean tooFew = minActivityTypes > requiredTypes.size() && typesPresent.size() < minActivityTypes;
        String stillNeeded = missingTypes.isEmpty() ? null : ActivityType.listed(missingTypes)
                + (missingTypes.size() == 1 ? " is" : " are") + " still needed";
        if (tooFew && stillNeeded != null) {
            return text + notMet() + ": " + done + " of the " + minActivityTypes + " wanted, and " + stillNeeded + ".";
        }
        if (tooFew) {
            return text + notMet() + ": " + done + " of the " + minActivityTypes + " wanted.";
        }
        return text + notMet() + ": " + (typesPresent.isEmpty() ? "" : done + ", but ") + stillNeeded + ".";
    }

    private String reflectionsInWords() {
        if (activities == 0) {
            return current ? "No activities to reflect on yet." : "No activities to reflect on.";
        }
        String written = "Reflections written for " + reflected + " of " + count(activities, "activity", "activities");
        if (!reflectionRequired) {
            return written + ".";
        }
        return reflectionMet() ? written + ", as this body requires."
                : written + "; this body requires one for each (" + (activities - reflected) + " missing).";
    }

    private String gapsInWords() {
        String stretch = "of " + GAP_MONTHS + " months or more without activity";
        if (gaps.isEmpty()) {
            return "No gap " + stretch + ".";
        }
        String listed = gaps.stream().map(g -> DateText.day(g.from()) + " to " + DateText.day(g.to()))
                .collect(Collectors.joining("; "));
        return (gaps.size() == 1 ? "A gap " : gaps.size() + " gaps ") + stretch + ": " + listed + ".";
    }

    private static String hoursOf(BigDecimal value) {
        return plain(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
