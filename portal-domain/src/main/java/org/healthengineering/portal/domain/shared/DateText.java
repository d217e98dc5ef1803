package org.healthengineering.portal.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Days and moments as people read them, the same everywhere the portal writes them for a person (pages, the
 * portfolio, notifications and mails): "30 Nov 2026" and "30 Nov 2026, 14:05", never {@code 2026-11-30T14:05:09.123456Z}.
 * A moment is shown in the portal's time zone (the {@code Clock}'s), which the caller passes. Month names are fixed
 * here rather than taken from the JDK's locale data, which has changed between releases ("Sep" or "Sept").
 * Machine-readable places (the API's JSON, CSV date columns, the audit summaries) keep ISO-8601.
 */
public final class DateText {

    private static final Map<Long, String> MONTHS = Map.ofEntries(Map.entry(1L, "Jan"), Map.entry(2L, "Feb"),
            Map.entry(3L, "Mar"), Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"),
            Map.entry(7L, "Jul"), Map.entry(8L, "Aug"), Map.entry(9L, "Sep"), Map.entry(10L, "Oct"),
            Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, MONTHS).appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4).toFormatter(Locale.ROOT);

    private static final DateTimeFormatter MOMENT = new DateTimeFormatterBuilder().append(DAY)
            .appendPattern(", HH:mm").toFormatter(Locale.ROOT);

    private static final DateTimeFormatter TO_THE_SECOND = new DateTimeFormatterBuilder().append(MOMENT)
            .appendPattern(":ss").toFormatter(Locale.ROOT);

    private DateText() {
    }

    /** "30 Nov 2026"; empty for none. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "30 Nov 2026, 14:05" in {@code zone}; empty for none. */
    public static String moment(Instant instant, ZoneId zone) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    /** "30 Nov 2026, 14:05:09" in {@code zone}, where seconds matter (the audit trail); empty for none. */
    public static String momentToTheSecond(Instant instant, ZoneId zone) {
        return instant == null ? "" : TO_THE_SECOND.format(instant.atZone(zone));
    }

    /**
     * The day of an ISO-8601 date and time written as text ({@code 2017-09-22T23:13:54+00:00},
     * {@code 2017-09-22T23:13:54.5Z}, {@code 2017-09-22T23:13}), as that text's own offset has it; empty when the
     * text is anything else, a plain date such as {@code 2017-09-22} included.
     */
    public static Optional<LocalDate> dayOfTimestamp(String text) {
        if (text == null || text.indexOf('T') < 0) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME}) {
            try {
                TemporalAccessor parsed = format.parse(trimmed);
                return Optional.of(LocalDate.from(parsed));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
