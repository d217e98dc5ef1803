package org.healthengineering.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The portal's clock, in the portal's time zone ({@code PORTAL_TIME_ZONE}, default Europe/London): "today"
 * for a CPD date means today where the engineers are, not where the server happens to run.
 */
@ApplicationScoped
public class PortalClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        String zone = ConfigProvider.getConfig().getOptionalValue("portal.time-zone", String.class)
                .orElse("Europe/London");
        return Clock.system(ZoneId.of(zone));
    }
}
