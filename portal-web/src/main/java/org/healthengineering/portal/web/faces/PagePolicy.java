package org.healthengineering.portal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.healthengineering.portal.web.security.SecurityHeadersFilter;

/** Hands the pages' Content-Security-Policy to PrimeFaces ({@code primefaces.CSP_POLICY} in {@code web.xml}). */
@Named("pagePolicy")
@ApplicationScoped
public class PagePolicy {

    public String getContentSecurityPolicy() {
        return SecurityHeadersFilter.PAGE_POLICY;
    }
}
