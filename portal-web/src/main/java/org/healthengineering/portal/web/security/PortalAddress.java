package org.healthengineering.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where users reach the portal: {@code PORTAL_BASE_URL} when it is set. Absolute URLs (redirects) and the origin
 * that state-changing requests must come from are built from it, never from the {@code Host} header, which any
 * client may set. When it is not set (a developer's machine, the tests' random ports) redirects stay relative and
 * requests are compared with their own origin.
 */
public record PortalAddress(URI base) {

    /** Reads {@code portal.base-url} ({@code PORTAL_BASE_URL}); a malformed value stops the portal, not a request. */
    public static PortalAddress configured() {
        Optional<String> value = ConfigProvider.getConfig().getOptionalValue("portal.base-url", String.class)
                .map(String::trim).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return new PortalAddress(null);
        }
        URI uri = URI.create(value.get().replaceAll("/+$", ""));
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalStateException("PORTAL_BASE_URL must be an absolute http(s) URL such as "
                    + "https://portal.example.org, not '" + value.get() + "'");
        }
        return new PortalAddress(uri);
    }

    public boolean isConfigured() {
        return base != null;
    }

    /** Whether the portal is served over TLS: cookies then carry {@code Secure} and pages ask for HSTS. */
    public boolean isSecure() {
        return base != null && base.getScheme().equals("https");
    }

    /** An absolute URL for a path of ours (starting with '/'), or the path itself when no base URL is set. */
    public String absolute(String path) {
        return base == null ? path : base + path;
    }

    /** Whether a browser's {@code Origin} (or the origin of its {@code Referer}) is ours. */
    public boolean isOwnOrigin(String origin, HttpServletRequest request) {
        String own = base != null ? origin(base)
                : origin(URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()));
        try {
            return own.equals(origin(URI.create(origin.trim())));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
