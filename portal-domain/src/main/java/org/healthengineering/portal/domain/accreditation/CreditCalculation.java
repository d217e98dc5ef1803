package org.healthengineering.portal.domain.accreditation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The credit a course may be approved for: one credit per hour of educational content (contact hours less
 * breaks), each day's credit capped at the body's daily maximum, and no retrospective approval: a session held
 * before the course was submitted earns nothing. Pure: the caller gives the submission date.
 */
public final class CreditCalculation {

    /** A day's credit: the educational hours found, the credit counted, and why they differ (null when they do not). */
    public record Day(LocalDate day, BigDecimal educationalHours, BigDecimal credit, String note) {
    }

    /** The days, in order, and the total credit. */
    public record Result(List<Day> days, BigDecimal total) {
    }

    private CreditCalculation() {
    }

    /**
     * @param dailyCap the body's cap on credit per day (null: no cap)
     * @param submittedOn the day the course was submitted for accreditation (null: not yet submitted, every
     *                    session counts as it would on submission today)
     */
    public static Result credits(List<CourseSession> sessions, BigDecimal dailyCap, LocalDate submittedOn) {
        Objects.requireNonNull(sessions, "sessions");
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (CourseSession session : sessions) {
            byDay.merge(session.day(), session.educationalHours(), BigDecimal::add);
        }
        List<Day> days = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
            BigDecimal hours = day.getValue();
            BigDecimal credit = hours;
            String note = null;
            if (submittedOn != null && day.getKey().isBefore(submittedOn)) {
                credit = BigDecimal.ZERO;
                note = "held before the course was submitted: no retrospective approval";
            } else if (dailyCap != null && hours.compareTo(dailyCap) > 0) {
                credit = dailyCap;
                note = "capped at the body's " + dailyCap.stripTrailingZeros().toPlainString() + " credits a day";
            }
            days.add(new Day(day.getKey(), hours, credit, note));
            total = total.add(credit);
        }
        return new Result(List.copyOf(days), total);
    }
}
