package org.healthengineering.portal.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Stores every {@link Instant} as a UTC {@code DATETIME(6)}, whatever the server's or JVM's time zone. */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return utc(instant);
    }

    /**
     * The column value of {@code instant}, for SQL written by hand (JDBC batches, native queries): bind it with
     * {@code setObject}. {@code Timestamp.from} would be written in the JVM's zone and disagree with what JPA stores.
     */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
