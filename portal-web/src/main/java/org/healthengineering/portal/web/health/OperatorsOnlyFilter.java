package org.healthengineering.portal.web.health;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.web.api.ProblemResponses;

import java.io.IOException;

/**
 * Lets only operators (accounts allowed {@code operations:read}, that is system administrators) through, after the
 * API's stateless authentication: a metrics scraper sends a personal API token as {@code Authorization: Bearer …}.
 * Anyone else gets a problem document, 401 without credentials and 403 with someone else's, never the sign-in page.
 */
public class OperatorsOnlyFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        return bearer(request) && subject.isAuthenticated() && subject.isPermitted(Permissions.OPERATIONS_READ);
    }

    /** A token, not a password: a scraper with a stale password would otherwise lock its administrator out. */
    private static boolean bearer(ServletRequest request) {
        String header = WebUtils.toHttp(request).getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        HttpServletResponse answer = WebUtils.toHttp(response);
        if (getSubject(request, response).getPrincipal() == null || !bearer(request)) {
            ProblemResponses.unauthorized(answer, http.getRequestURI(), "Send a system administrator's API token"
                    + " (Authorization: Bearer …) to read the portal's metrics.");
        } else {
            ProblemResponses.write(answer, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
                    "Only system administrators may read the portal's metrics.", http.getRequestURI());
        }
        return false;
    }
}
