package org.healthengineering.portal.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first filter of every request: names the node that answered ({@code X-Portal-Node}, so an operator behind a
 * load balancer sees which one did) and counts the request for {@code /metrics} by kind (page, API, static
 * resource, health) and status class, with its duration. Errors are the 5xx of those counts.
 */
public class RequestMetricsFilter extends HttpFilter {

    public static final String NODE_HEADER = "X-Portal-Node";
    private static final Metadata REQUESTS = Metadata.builder().withName("portal.requests")
            .withDescription("Requests answered, by kind (page, api, resource, operations) and status class").build();
    private static final Metadata DURATION = Metadata.builder().withName("portal.request.duration")
            .withDescription("Time to answer a request, by kind").withUnit(MetricUnits.SECONDS).build();
    private static final Logger LOG = Logger.getLogger(RequestMetricsFilter.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    NodeName node;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(NODE_HEADER, node.get());
        long started = System.nanoTime();
        String kind = kind(request);
        int failed = 0;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            // Escaping the chain, it becomes a 500 later than this filter would read the status.
            failed = 500;
            throw e;
        } finally {
            count(kind, failed != 0 ? failed : response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Counting never fails the request it counts. */
    private void count(String kind, int status, Duration took) {
        try {
            Tag kindTag = new Tag("kind", kind);
            registry.counter(REQUESTS, kindTag, new Tag("status", (status / 100) + "xx")).inc();
            Timer timer = registry.timer(DURATION, kindTag);
            timer.update(took);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count a request", e);
        }
    }

    /** What was asked for, by path: the categories an operator tells apart on a dashboard. */
    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico")) {
            return "resource";
        }
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            return "operations";
        }
        return "page";
    }
}
