package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.shiro.SecurityUtils;
import org.healthengineering.portal.application.account.MyAccount;
import org.healthengineering.portal.application.security.Caller;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** What the layout needs on every page: who is signed in, what they may use, and signing out. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    Caller caller;

    @Inject
    MyAccount myAccount;

    @Inject
    Clock clock;

    private String displayName;
    public boolean isSignedIn() {
        return SecurityUtils.getSubject().isAuthenticated();
    }

    public boolean permitted(String permission) {
        return isSignedIn() && caller.has(permission);
    }

    public boolean hasRole(String role) {
        return isSignedIn() && SecurityUtils.getSubject().hasRole(role);
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = myAccount.me().getDisplayName();
        }
        return displayName;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public void signOut() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
