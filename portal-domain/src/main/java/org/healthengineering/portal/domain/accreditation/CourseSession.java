package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One session of a course: the day it runs, its contact hours, and the breaks within them, in quarter hours.
 * Only educational content earns credit, so breaks are taken off.
 */
public record CourseSession(LocalDate day, BigDecimal contactHours, BigDecimal breakHours) {

    static final BigDecimal QUARTER = new BigDecimal("0.25");
    static final BigDecimal MAX_HOURS_A_DAY = new BigDecimal("24");

    /** The educational hours of the session: contact hours less breaks. */
    public BigDecimal educationalHours() {
        return contactHours.subtract(breakHours == null ? BigDecimal.ZERO : breakHours);
    }

    /** Every problem with the session, each named {@code prefix + field}. */
    public List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem(prefix + "day", "Give the session's date."));
        }
        if (contactHours == null) {
            problems.add(new FieldProblem(prefix + "contactHours", "Give the session's contact hours."));
        } else if (contactHours.signum() <= 0 || contactHours.compareTo(MAX_HOURS_A_DAY) > 0
                || !quarters(contactHours)) {
            problems.add(new FieldProblem(prefix + "contactHours",
                    "Contact hours are quarter hours, more than 0 and at most 24."));
        }
        if (breakHours != null && (breakHours.signum() < 0 || !quarters(breakHours)
                || contactHours != null && breakHours.compareTo(contactHours) >= 0)) {
            problems.add(new FieldProblem(prefix + "breakHours",
                    "Breaks are quarter hours, and shorter than the session."));
        }
        return problems;
    }

    private static boolean quarters(BigDecimal hours) {
        return hours.remainder(QUARTER).signum() == 0;
    }
}
