package org.healthengineering.portal.web.security;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalAddressTest {

    private final PortalAddress secure = new PortalAddress(URI.create("https://portal.example.org"));

    @Test
    void redirectsAndOriginsComeFromTheConfiguredAddressOnly() {
        assertTrue(secure.isSecure());
        assertEquals("https://portal.example.org/login.xhtml", secure.absolute("/login.xhtml"));
        assertTrue(secure.isOwnOrigin("https://portal.example.org", null));
        assertTrue(secure.isOwnOrigin("https://PORTAL.example.org:443/cpd/index.xhtml", null), "a Referer names a page");
        assertFalse(secure.isOwnOrigin("http://portal.example.org", null), "another scheme is another origin");
        assertFalse(secure.isOwnOrigin("https://portal.example.org.evil.example", null));
        assertFalse(secure.isOwnOrigin("https://evil.example", null));
        assertFalse(secure.isOwnOrigin("null", null), "a sandboxed or privacy-stripped origin");
        assertFalse(secure.isOwnOrigin("not a url at all", null));
    }

    @Test
    void withoutABaseUrlRedirectsStayRelative() {
        PortalAddress unset = new PortalAddress(null);
        assertFalse(unset.isConfigured());
        assertFalse(unset.isSecure());
        assertEquals("/login.xhtml", unset.absolute("/login.xhtml"));
    }
}
