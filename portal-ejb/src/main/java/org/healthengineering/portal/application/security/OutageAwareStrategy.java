package org.healthengineering.portal.application.security;

import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.AtLeastOneSuccessfulStrategy;
import org.apache.shiro.realm.Realm;

import org.healthengineering.portal.application.DatabaseOutage;

/**
 * Shiro's "at least one realm succeeds" rule, except that a realm which failed because the database could not be
 * reached stops the attempt with {@link SignInUnavailableException}. Shiro's own rule swallows each realm's failure
 * and reports "no realm could authenticate", which a client reads as revoked credentials and throws away.
 */
public class OutageAwareStrategy extends AtLeastOneSuccessfulStrategy {

    @Override
    public AuthenticationInfo afterAttempt(Realm realm, AuthenticationToken token, AuthenticationInfo singleRealmInfo,
                                           AuthenticationInfo aggregateInfo, Throwable failure) {
        if (failure != null && DatabaseOutage.causedBy(failure)) {
            throw new SignInUnavailableException(failure);
        }
        return super.afterAttempt(realm, token, singleRealmInfo, aggregateInfo, failure);
    }
}
