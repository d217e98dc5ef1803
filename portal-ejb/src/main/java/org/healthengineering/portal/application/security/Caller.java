package org.healthengineering.portal.application.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;

import java.util.Optional;

/**
 * The account on whose behalf the current request runs, as Shiro knows it. Services call {@link #check} at
 * the top of every use case; the exceptions it throws become 401/403 answers or the sign-in page.
 */
@ApplicationScoped
public class Caller {

    /** Throws unless the caller is signed in and holds {@code permission}. */
    public void check(String permission) {
        SecurityUtils.getSubject().checkPermission(permission);
    }

    public boolean has(String permission) {
        return SecurityUtils.getSubject().isPermitted(permission);
    }

    public Optional<AccountPrincipal> principal() {
        Subject subject = SecurityUtils.getSubject();
        return Optional.ofNullable(subject.getPrincipals())
                .map(principals -> principals.oneByType(AccountPrincipal.class));
    }

    /** The signed-in account's id; throws if nobody is signed in. */
    public long accountId() {
        return principal().orElseThrow(() -> new UnauthenticatedException("Sign in first.")).accountId();
    }
}
