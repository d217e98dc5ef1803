package org.healthengineering.portal.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

import java.io.IOException;

/**
 * Sends visitors who are not signed in to the sign-in page, remembering where they were going. A Faces ajax
 * request (e.g. after the session expired) gets a partial-response redirect, which the page follows, instead
 * of an HTTP redirect that would hand login HTML to the ajax handler.
 */
public class SignInRedirectFilter extends PassThruAuthenticationFilter {

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            String url = http.getContextPath() + getLoginUrl();
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + url + "\"/></partial-response>");
            return;
        }
        super.redirectToLogin(request, response);
    }
}
