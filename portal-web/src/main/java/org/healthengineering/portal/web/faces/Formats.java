package org.healthengineering.portal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.shared.DateText;

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
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way pages show dates (through the domain's {@link DateText}, which the PDF and mails use too), times and numbers: {@code #{formats.date(x)}} is "30 Nov 2026",
 * {@code #{formats.dateTime(x)}} "30 Nov 2026, 14:05" in the portal's time zone, {@code #{formats.number(x)}}
 * "1,234.5" (no trailing zeros), {@code #{formats.percent(x)}} "6.1%". Nothing shows an ISO timestamp with
 * microseconds, and one page never mixes two date styles.
 */
@Named
@ApplicationScoped
public class Formats {

    static final Locale LOCALE = Locale.UK;

    @Inject
    Clock clock;

    @Inject
    Words words;

    public Formats() {
    }

    Formats(Clock clock, Words words) {
        this.clock = clock;
        this.words = words;
    }

    public String date(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DateText.day(date);
        }
        return DateText.day(LocalDate.from(zoned(value)));
    }

    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DateText.day(date);
        }
        TemporalAccessor moment = zoned(value);
        return moment instanceof ZonedDateTime zonedMoment ? DateText.moment(zonedMoment.toInstant(), zonedMoment.getZone())
                : DateText.moment(((LocalDateTime) moment).atZone(zone()).toInstant(), zone());
    }

    /** A moment to the second, for the audit trail: "30 Nov 2026, 14:05:09". */
    public String dateTimeToTheSecond(Instant instant) {
        return instant == null ? "" : DateText.momentToTheSecond(instant, zone());
    }

    /**
     * A benchmark metric's value as every page shows it: a percentage with one decimal ("8.5%"), a ratio with two
     * ("0.45"), a yes/no metric in words, anything else with one decimal and its unit ("766.5 devices"); "—" for
     * none.
     */
    public String metric(Metric metric, Double value) {
        if (value == null) {
            return "—";
        }
        if (metric.isYesNo()) {
            return words.of(value >= 0.5 ? YesNo.YES : YesNo.NO);
        }
        return switch (metric.getUnit()) {
            case "%" -> String.format(LOCALE, "%,.1f%%", value);
            case "ratio" -> String.format(LOCALE, "%,.2f", value);
            default -> String.format(LOCALE, "%,.1f %s", value, metric.getUnit());
        };
    }

    /** The words of a yes/no answer (bundle keys enum.Formats.YesNo.*). */
    public enum YesNo { YES, NO }

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
        return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString())) + "%";
    }

    private ZoneId zone() {
        return clock == null ? ZoneId.of("Europe/London") : clock.getZone();
    }

    private TemporalAccessor zoned(Object value) {
        ZoneId zone = zone();
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
