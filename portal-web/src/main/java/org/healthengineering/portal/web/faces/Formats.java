package org.healthengineering.portal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way pages show dates, times and numbers: {@code #{formats.date(x)}} is "30 Nov 2026",
 * {@code #{formats.dateTime(x)}} "30 Nov 2026, 14:05" in the portal's time zone, {@code #{formats.number(x)}}
 * "1,234.5" (no trailing zeros), {@code #{formats.percent(x)}} "6.1 %". Nothing shows an ISO timestamp with
 * microseconds, and one page never mixes two date styles.
 */
@Named
@ApplicationScoped
public class Formats {

    static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);

    @Inject
    Clock clock;

    public Formats() {
    }

    Formats(Clock clock) {
        this.clock = clock;
    }

    public String date(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return DATE.format(zoned(value));
    }

    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return DATE_TIME.format(zoned(value));
    }

    /** A number without trailing zeros and with thousands separators; up to two decimals. */
    public String number(Object value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(LOCALE));
        return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }

    /** A percentage with one decimal: 6.1 %. */
    public String percent(Object value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(LOCALE));
        return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString())) + " %";
    }

    private TemporalAccessor zoned(Object value) {
        ZoneId zone = clock == null ? ZoneId.of("Europe/London") : clock.getZone();
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        if (value instanceof java.util.Date legacy) {
            return legacy.toInstant().atZone(zone);
        }
        throw new IllegalArgumentException("Not a date or time: " + value.getClass().getName());
    }
}
