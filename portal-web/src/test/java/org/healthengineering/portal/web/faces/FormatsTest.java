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

    private final Formats formats = new Formats(Clock.system(ZoneId.of("Europe/London")), new Words());

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

    @Test
    void aMetricIsShownOneWayOnEveryPage() {
        assertEquals("8.5%", formats.metric(org.healthengineering.portal.domain.benchmark.Metric.VACANCY_RATE, 8.46));
        assertEquals("0.45", formats.metric(org.healthengineering.portal.domain.benchmark.Metric.TECHNICIANS_PER_ENGINEER, 0.449));
        assertEquals("1,059.6 devices", formats.metric(org.healthengineering.portal.domain.benchmark.Metric.DEVICES_PER_FTE, 1059.6));
        assertEquals("yes", formats.metric(org.healthengineering.portal.domain.benchmark.Metric.ENGINEERING_LEAD_POST, 1.0));
        assertEquals("no", formats.metric(org.healthengineering.portal.domain.benchmark.Metric.ENGINEERING_LEAD_POST, 0.0));
        assertEquals("—", formats.metric(org.healthengineering.portal.domain.benchmark.Metric.VACANCY_RATE, null));
    }
}
