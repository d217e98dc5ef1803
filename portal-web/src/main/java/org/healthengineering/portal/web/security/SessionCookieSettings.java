package org.healthengineering.portal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Logger;

/**
 * Marks the session cookie {@code Secure} when the portal is served over TLS ({@code PORTAL_BASE_URL} starts with
 * {@code https}), so a browser never sends it over plain HTTP. Also checks the base URL at start-up, so a malformed
 * one stops the portal with a message instead of failing requests later.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PortalAddress address = PortalAddress.configured();
        event.getServletContext().getSessionCookieConfig().setSecure(address.isSecure());
        LOG.info(() -> address.isConfigured()
                ? "Portal address " + address.base() + (address.isSecure() ? "; session cookies are Secure" : "")
                : "PORTAL_BASE_URL is not set: redirects stay relative, and changes must come from the request's own origin");
    }
}
