package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.shiro.SecurityUtils;
import org.healthengineering.portal.application.account.MyAccount;
import org.healthengineering.portal.application.security.Caller;

import java.time.Clock;
import java.time.LocalDate;

/** What the layout needs on every page: who is signed in and what they may use (signing out: SignOutServlet). */
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

    /**
     * The answers given so far in this request: the menu asks each question several times while it renders (and the
     * answers cannot change within a request: signing in or out ends it with a redirect).
     */
    private final java.util.Map<String, Boolean> answers = new java.util.HashMap<>();

    public boolean isSignedIn() {
        return answer("signed-in", () -> SecurityUtils.getSubject().isAuthenticated());
    }

    public boolean permitted(String permission) {
        return isSignedIn() && answer("permission:" + permission, () -> caller.has(permission));
    }

    public boolean hasRole(String role) {
        return isSignedIn() && answer("role:" + role, () -> SecurityUtils.getSubject().hasRole(role));
    }

    private boolean answer(String question, java.util.function.BooleanSupplier ask) {
        Boolean known = answers.get(question);
        if (known == null) {
            known = ask.getAsBoolean();
            answers.put(question, known);
        }
        return known;
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            // Read with the request's roles and permissions (asked for first), else on its own.
            permitted(org.healthengineering.portal.domain.account.Permissions.OWN_ACCOUNT);
            displayName = org.healthengineering.portal.application.security.AccountRealm
                    .displayNameRead(caller.accountId()).orElseGet(() -> myAccount.me().getDisplayName());
        }
        return displayName;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
