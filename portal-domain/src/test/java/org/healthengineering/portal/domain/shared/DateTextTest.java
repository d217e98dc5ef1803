package org.healthengineering.portal.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTextTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aMomentReadsAsDayAndMinuteInThePortalsZone() {
        Instant microseconds = Instant.parse("2026-11-30T14:05:09.123456Z");
        assertEquals("30 Nov 2026, 14:05", DateText.moment(microseconds, LONDON));
        assertEquals("30 Nov 2026, 14:05:09", DateText.momentToTheSecond(microseconds, LONDON));
        // Summer time: 13:05 UTC is 14:05 in London.
        assertEquals("1 Jul 2026, 14:05", DateText.moment(Instant.parse("2026-07-01T13:05:00Z"), LONDON));
        assertEquals("", DateText.moment(null, LONDON));
    }

    @Test
    void daysUseTheSameShortMonthsWhateverTheJdkLocaleDataSays() {
        assertEquals("22 Sep 2017", DateText.day(LocalDate.of(2017, 9, 22)));
        assertEquals("1 Jan 2026", DateText.day(LocalDate.of(2026, 1, 1)));
        assertEquals("", DateText.day(null));
    }

    @Test
    void onlyADateAndTimeIsReadAsATimestamp() {
        assertEquals(Optional.of(LocalDate.of(2017, 9, 22)), DateText.dayOfTimestamp("2017-09-22T23:13:54+00:00"));
        assertEquals(Optional.of(LocalDate.of(2017, 9, 22)), DateText.dayOfTimestamp(" 2017-09-22T23:13:54.5Z "));
        assertEquals(Optional.of(LocalDate.of(2017, 9, 22)), DateText.dayOfTimestamp("2017-09-22T23:13"));
        for (String other : new String[] {"2017-09-22", "1.0", "Tuesday", "2017-13-40T00:00:00Z", "", null}) {
            assertEquals(Optional.empty(), DateText.dayOfTimestamp(other), other);
        }
    }
}
