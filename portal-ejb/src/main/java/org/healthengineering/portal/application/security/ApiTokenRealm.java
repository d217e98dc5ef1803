package org.healthengineering.portal.application.security;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;
import org.healthengineering.portal.application.account.AccountDirectory;

/**
 * Signs API callers in by a personal token ({@code Authorization: Bearer hep_…}). The token is looked up by
 * its hash, so finding an active token <em>is</em> the credential check. Authorisation is left to
 * {@link AccountRealm}, which reads the account's roles.
 */
public class ApiTokenRealm extends AuthenticatingRealm {

    public ApiTokenRealm() {
        super(new AllowAllCredentialsMatcher());
        setName("api-tokens");
        setAuthenticationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String secret = ((BearerToken) token).getToken();
        AccountDirectory directory = CDI.current().select(AccountDirectory.class).get();
        return directory.useApiToken(secret)
                .map(principal -> new SimpleAuthenticationInfo(principal, secret, getName()))
                .orElseThrow(() -> new IncorrectCredentialsException("Unknown or revoked API token"));
    }
}
