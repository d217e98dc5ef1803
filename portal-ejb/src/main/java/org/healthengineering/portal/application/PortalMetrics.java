package org.healthengineering.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's own counters on {@code /metrics}, for code the container does not inject into (Shiro's listener,
 * interceptors). Counting never fails the work it counts: a metrics failure is logged and forgotten.
 */
@ApplicationScoped
public class PortalMetrics {

    private static final Logger LOG = Logger.getLogger(PortalMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    /** A password sign-in: {@code success}, {@code failure}, {@code paused} (lock-out) or {@code unavailable}. */
    public void signIn(String outcome) {
        count("portal.signins", "Password sign-ins (page and HTTP Basic) by outcome", new Tag("outcome", outcome));
    }

    /** An import of {@code kind} ({@code framework}, {@code staffing}), saved or refused. */
    public void imported(String kind, boolean saved) {
        count("portal.imports", "Framework and staffing imports by kind and outcome", new Tag("kind", kind),
                new Tag("outcome", saved ? "saved" : "refused"));
    }

    /** A read of reference data ({@code catalogue}): from this node's snapshot ({@code hit}) or loaded afresh. */
    public void referenceRead(String catalogue, boolean hit) {
        count("portal.reference.reads", "Reads of cached reference data by catalogue and outcome (hit or miss)",
                new Tag("catalogue", catalogue), new Tag("outcome", hit ? "hit" : "miss"));
    }

    private void count(String name, String description, Tag... tags) {
        try {
            registry.counter(Metadata.builder().withName(name).withDescription(description).build(), tags).inc();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count " + name, e);
        }
    }
}
