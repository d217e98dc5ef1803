package org.healthengineering.portal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

import java.io.IOException;

/**
 * Signing out: the menu's plain form posts here. A POST from another site is refused before it arrives
 * ({@link SecurityHeadersFilter} checks its origin, and the session cookie is SameSite=Lax), so no page can sign a
 * person out behind their back. Shiro's listener records the sign-out in the audit trail and ends the session.
 * A GET (a typed or followed address) changes nothing and goes home.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        boolean wasSignedIn = subject.isAuthenticated();
        subject.logout();
        response.sendRedirect(request.getContextPath() + "/index.xhtml" + (wasSignedIn ? "?signedOut=true" : ""));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
