package org.healthengineering.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.healthengineering.portal.web.api.ProblemResponses;

import java.io.IOException;
import java.util.Set;

/**
 * The first filter every request passes, and the one place that decides what every answer carries:
 * <ul>
 *     <li>{@code Content-Security-Policy}: Faces pages get PrimeFaces' per-response nonce policy ({@link #PAGE_POLICY}
 *     plus {@code 'nonce-…'}), which replaces the strict default every other answer carries ({@link #DEFAULT_POLICY}:
 *     nothing may load or run, nothing may frame it);</li>
 *     <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, {@code X-Frame-Options: DENY};
 *     {@code Strict-Transport-Security} when the portal is served over TLS;</li>
 *     <li>{@code Cache-Control: no-store} on everything but the static resources, so nothing a signed-in user
 *     received stays in a shared or browser cache;</li>
 *     <li>redirects to paths of ours become absolute with the configured base URL (or stay relative), never with
 *     the request's {@code Host} header;</li>
 *     <li>a state-changing request (POST, PUT, PATCH, DELETE) whose {@code Origin} (or, without one, {@code Referer})
 *     names another site is refused with 403 before anything runs: Faces' view state alone is not enough.</li>
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** The policy of Faces pages; PrimeFaces appends the nonce to its last directive, {@code script-src}. */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    /** Every answer that is not a page (API, downloads, health): it loads nothing and cannot be framed. */
    public static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private static final String CSP = "Content-Security-Policy";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private PortalAddress address;

    @Override
    public void init() {
        address = PortalAddress.configured();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HardenedResponse hardened = new HardenedResponse(response, address);
        hardened.setHeader(CSP, DEFAULT_POLICY);
        hardened.setHeader("X-Content-Type-Options", "nosniff");
        hardened.setHeader("Referrer-Policy", "same-origin");
        hardened.setHeader("X-Frame-Options", "DENY");
        if (address.isSecure()) {
            hardened.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isStaticResource(request)) {
            hardened.setHeader("Cache-Control", "no-store");
        }
        if (STATE_CHANGING.contains(request.getMethod()) && isForeign(request)) {
            refuseForeign(request, hardened);
            return;
        }
        chain.doFilter(request, hardened);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private boolean isForeign(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
        }
        // Browsers send Origin with every cross-site POST; a request with neither header is not a forged one.
        return origin != null && !origin.isBlank() && !address.isOwnOrigin(origin, request);
    }

    private static void refuseForeign(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "foreign-origin", "Request from another site",
                    "Changes are accepted only from the portal's own pages or from clients that send no Origin header.",
                    path);
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("This change came from another site and was refused. "
                    + "Open the portal's page and try again.");
        }
    }

    /**
     * Lets PrimeFaces' page policy replace the default one instead of adding a second (browsers enforce every
     * policy they receive), and makes redirects independent of the {@code Host} header.
     */
    static final class HardenedResponse extends HttpServletResponseWrapper {

        private final PortalAddress address;

        HardenedResponse(HttpServletResponse response, PortalAddress address) {
            super(response);
            this.address = address;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location.startsWith("/") && !location.startsWith("//")
                    ? address.absolute(location) : location);
            flushBuffer();
        }
    }
}
