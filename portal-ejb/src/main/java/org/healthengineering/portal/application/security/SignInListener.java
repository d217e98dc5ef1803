package org.healthengineering.portal.application.security;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationListener;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.PrincipalCollection;
import org.healthengineering.portal.application.PortalMetrics;
import org.healthengineering.portal.application.account.AccountDirectory;

/**
 * Records every password sign-in, from the sign-in page and from HTTP Basic alike, so that lock-out counts
 * both and the audit trail shows both. Token sign-ins are not attempts at a password and are not counted.
 */
public class SignInListener implements AuthenticationListener {

    @Override
    public void onSuccess(AuthenticationToken token, AuthenticationInfo info) {
        if (token instanceof UsernamePasswordToken password) {
            count("success");
            AccountPrincipal principal = info.getPrincipals().oneByType(AccountPrincipal.class);
            directory().recordSignIn(password.getUsername(), principal);
        }
    }

    @Override
    public void onFailure(AuthenticationToken token, AuthenticationException failure) {
        if (token instanceof UsernamePasswordToken && failure instanceof SignInUnavailableException) {
            count("unavailable");
        } else if (token instanceof UsernamePasswordToken password) {
            count(failure instanceof LockedAccountException ? "paused" : "failure");
            directory().recordFailedSignIn(password.getUsername(), failure instanceof LockedAccountException);
        }
    }

    @Override
    public void onLogout(PrincipalCollection principals) {
        AccountPrincipal principal = principals == null ? null : principals.oneByType(AccountPrincipal.class);
        if (principal != null) {
            directory().recordSignOut(principal);
        }
    }

    /** Counts a password sign-in for {@code /metrics} ({@code portal.signins}, by outcome). */
    private static void count(String outcome) {
        CDI.current().select(PortalMetrics.class).get().signIn(outcome);
    }

    private static AccountDirectory directory() {
        return CDI.current().select(AccountDirectory.class).get();
    }
}
