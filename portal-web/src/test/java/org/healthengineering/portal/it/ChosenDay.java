package org.healthengineering.portal.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Deployed only with {@link RemindersIT}: the portal's clock, moved to a day the test chooses (through
 * {@link ChosenDayResource}). Time still runs from there, so the portal behaves as on that day; until a day is
 * chosen it is the real clock.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ChosenDay {

    private final ZoneId zone = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("portal.time-zone", String.class).orElse("Europe/London"));

    private volatile Duration shift = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted(zone);
    }

    /** From now on "today" is {@code day}, starting at nine in the morning. */
    public void choose(LocalDate day) {
        shift = Duration.between(Instant.now(), day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant());
    }

    /** The real clock plus the chosen shift. */
    private final class Shifted extends Clock {

        private final ZoneId clockZone;

        Shifted(ZoneId clockZone) {
            this.clockZone = clockZone;
        }

        @Override
        public ZoneId getZone() {
            return clockZone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
