package org.healthengineering.portal.web.faces;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One presentation of dates and numbers on every page. */
class FormatsTest {

    private final Formats formats = new Formats(Clock.system(ZoneId.of("Europe/London")));

    @Test
    void datesAndMomentsInThePortalsZoneWithoutMicroseconds() {
        assertEquals("30 Sep 2026", formats.date(LocalDate.of(2026, 9, 30)));
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
        assertEquals("1 Jul 2026, 00:30", formats.dateTime(Instant.parse("2026-06-30T23:30:00.123456Z")));
        assertEquals("1 Jul 2026", formats.date(Instant.parse("2026-06-30T23:30:00Z")));
        assertEquals("", formats.date(null));
    }

    @Test
    void numbersWithoutTrailingZerosAndWithSeparators() {
        assertEquals("3.5", formats.number(new BigDecimal("3.50")));
        assertEquals("1,234", formats.number(1234));
        assertEquals("0.25", formats.number(0.25));
        assertEquals("6.1%", formats.percent(6.09));
    }
}
