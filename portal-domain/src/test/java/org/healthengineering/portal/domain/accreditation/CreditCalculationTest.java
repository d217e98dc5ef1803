package org.healthengineering.portal.domain.accreditation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCalculationTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 5, 10);

    private static CourseSession session(LocalDate day, String contact, String breaks) {
        return new CourseSession(day, new BigDecimal(contact), breaks == null ? null : new BigDecimal(breaks));
    }

    @Test
    void oneCreditPerHourOfContentBreaksExcluded() {
        CreditCalculation.Result result = CreditCalculation.credits(List.of(
                session(MONDAY, "7.5", "1.25"), session(MONDAY.plusDays(1), "3", null)), null, MONDAY.minusDays(30));
        assertEquals(0, new BigDecimal("9.25").compareTo(result.total()), "6.25 + 3");
        assertEquals(0, new BigDecimal("6.25").compareTo(result.days().get(0).credit()));
        assertNull(result.days().get(0).note());
    }

    @Test
    void eachDayIsCappedAtTheBodysDailyMaximum() {
        CreditCalculation.Result result = CreditCalculation.credits(List.of(
                session(MONDAY, "5", "0.5"), session(MONDAY, "4", "0.5"), session(MONDAY.plusDays(1), "5", null)),
                new BigDecimal("6"), MONDAY.minusDays(30));
        assertEquals(2, result.days().size(), "two sessions on one day count together");
        assertEquals(0, new BigDecimal("8").compareTo(result.days().get(0).educationalHours()));
        assertEquals(0, new BigDecimal("6").compareTo(result.days().get(0).credit()));
        assertTrue(result.days().get(0).note().contains("capped at the body's 6 credits a day"));
        assertEquals(0, new BigDecimal("11").compareTo(result.total()), "6 capped + 5");
    }

    @Test
    void aSessionHeldBeforeSubmissionEarnsNothing() {
        CreditCalculation.Result result = CreditCalculation.credits(List.of(
                session(MONDAY.minusDays(1), "6", null), session(MONDAY, "6", null)), null, MONDAY);
        assertEquals(0, BigDecimal.ZERO.compareTo(result.days().get(0).credit()));
        assertTrue(result.days().get(0).note().contains("no retrospective approval"));
        assertEquals(0, new BigDecimal("6").compareTo(result.days().get(1).credit()), "the day of submission counts");
        assertEquals(0, new BigDecimal("6").compareTo(result.total()));
    }

    @Test
    void everyProblemOfASessionIsNamed() {
        assertEquals(List.of("sessions[0].day", "sessions[0].contactHours"),
                new CourseSession(null, new BigDecimal("0.3"), null).problems("sessions[0].").stream()
                        .map(p -> p.field()).toList());
        assertEquals(List.of("sessions[1].breakHours"),
                session(MONDAY, "2", "2").problems("sessions[1].").stream().map(p -> p.field()).toList(),
                "a break as long as the session");
        assertEquals(List.of(), session(MONDAY, "24", "0.25").problems("s."));
        assertEquals(List.of("s.contactHours"), session(MONDAY, "24.25", null).problems("s.").stream()
                .map(p -> p.field()).toList());
    }
}
