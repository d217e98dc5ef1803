package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.healthengineering.portal.application.security.SignInUnavailableException;

import java.io.IOException;

/**
 * Signs a person in through Shiro (lock-out and the audit trail are applied by the realm and its listener).
 * Every failure gets the same message, so the page never tells whether an email has an account. On success
 * the session id changes, and the person goes where they were heading or to the home page.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    PageMessages messages;

    private String email;
    private String password;

    public String signIn() throws IOException {
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(email, password));
        } catch (SignInUnavailableException e) {
            messages.error("login.unavailable");
            password = null;
            return null;
        } catch (AuthenticationException e) {
            messages.error("login.failed");
            password = null;
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String target = isPage(saved) ? saved.getRequestUrl() : external.getRequestContextPath() + "/index.xhtml";
        external.redirect(target);
        context.responseComplete();
        return null;
    }

    /** Only a page the person asked for is worth returning to (not, say, the browser's favicon request). */
    private static boolean isPage(SavedRequest saved) {
        if (saved == null || !"GET".equalsIgnoreCase(saved.getMethod())) {
            return false;
        }
        String path = saved.getRequestURI();
        return path != null && (path.endsWith(".xhtml") || path.endsWith("/"));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
