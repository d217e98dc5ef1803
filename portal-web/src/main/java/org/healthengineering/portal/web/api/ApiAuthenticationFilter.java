package org.healthengineering.portal.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.OncePerRequestFilter;
import org.apache.shiro.web.subject.WebSubject;
import org.apache.shiro.web.util.WebUtils;
import org.healthengineering.portal.application.security.SignInUnavailableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.shiro.subject.ExecutionException;

/**
 * Authenticates each API request on its own: {@code Authorization: Basic …} (portal email and password, which
 * counts towards lock-out like the sign-in page) or {@code Authorization: Bearer …} (a personal API token).
 * Without the header the request runs anonymously. The request never sees the HTTP session, so a browser's
 * session cookie cannot authenticate an API call and cross-site request forgery against the API is impossible.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest stateless = new SessionlessRequest(WebUtils.toHttp(request));
        SecurityManager securityManager = SecurityUtils.getSecurityManager();
        WebSubject.Builder builder = new WebSubject.Builder(securityManager, stateless, response);
        builder.sessionCreationEnabled(false);
        String header = stateless.getHeader("Authorization");
        if (header != null && !header.isBlank()) {
            try {
                AuthenticationInfo info = securityManager.authenticate(token(header));
                builder.principals(info.getPrincipals()).authenticated(true);
            } catch (SignInUnavailableException e) {
                ProblemResponses.unavailable(WebUtils.toHttp(response), stateless.getRequestURI());
                return;
            } catch (AuthenticationException e) {
                ProblemResponses.unauthorized(WebUtils.toHttp(response), stateless.getRequestURI(),
                        "The credentials were not accepted (wrong email or password, sign-in paused after repeated"
                                + " failures, or an unknown or revoked API token).");
                return;
            }
        }
        Subject subject = builder.buildWebSubject();
        try {
            subject.execute(() -> {
                chain.doFilter(stateless, response);
                return null;
            });
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServletException(cause);
        }
    }

    private static AuthenticationToken token(String header) {
        String value = header.trim();
        String scheme = value.contains(" ") ? value.substring(0, value.indexOf(' ')).toLowerCase(Locale.ROOT) : "";
        String credentials = value.substring(scheme.length()).trim();
        switch (scheme) {
            case "bearer":
                return new BearerToken(credentials);
            case "basic":
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new AuthenticationException("Malformed Basic credentials");
                }
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    throw new AuthenticationException("Malformed Basic credentials");
                }
                return new UsernamePasswordToken(decoded.substring(0, colon), decoded.substring(colon + 1));
            default:
                throw new AuthenticationException("Unsupported authorization scheme");
        }
    }

    /** The API's view of a request: no HTTP session exists and none can be made. */
    private static final class SessionlessRequest extends HttpServletRequestWrapper {

        SessionlessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return null;
        }

        @Override
        public HttpSession getSession() {
            return null;
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
