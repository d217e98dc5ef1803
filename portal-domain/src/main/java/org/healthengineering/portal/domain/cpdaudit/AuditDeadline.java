package org.healthengineering.portal.domain.cpdaudit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * When a registrant who owes a profile is reminded, and when the case becomes non-engaged. Worked out from the
 * deadline and the day alone, so a job that did not run for a while (a portal down over a weekend) catches up on
 * its next run: it sends the reminder for the nearest threshold reached, never a stale one, and each threshold of
 * a deadline is sent once (the caller records what was sent).
 */
public final class AuditDeadline {

    /** Reminders go this many days before the deadline. */
    public static final List<Integer> REMINDER_DAYS = List.of(30, 7, 1);

    private AuditDeadline() {
    }

    /**
     * The reminder due on {@code today}: the smallest of 30, 7 and 1 days that is at least the days left, while the
     * deadline has not passed (the deadline day itself counts as the 1-day reminder); empty when more than 30 days
     * remain or the deadline has passed.
     */
    public static OptionalInt reminderDue(LocalDate deadline, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, deadline);
        if (left < 0) {
            return OptionalInt.empty();
        }
        return REMINDER_DAYS.stream().sorted().filter(days -> left <= days).mapToInt(Integer::intValue).findFirst();
    }

    /** Whether the deadline has passed: the day after it, the case becomes non-engaged. */
    public static boolean passed(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }
}
