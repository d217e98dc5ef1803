package org.healthengineering.portal.application.security;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.util.ThreadContext;
import org.healthengineering.portal.application.account.AccountDirectory;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.hospital.Membership;

import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs accounts in by email and password (argon2id hashes), refusing emails that are locked out, and answers
 * every authorisation question: roles and permissions are read from the database once per request, or kept in the
 * session while their version in the Data Grid stays the same, so a revoked role takes effect at the next request.
 */
public class AccountRealm extends AuthorizingRealm {

    private static final Logger LOG = Logger.getLogger(AccountRealm.class.getName());

    private static final String AUTHORIZATION_KEY = AccountRealm.class.getName() + ".authorization.";

    /**
     * How long a session keeps the roles it read, even under an unchanged version: should a version fail to be
     * renewed (the Data Grid refusing the write is logged), a change still takes effect within this time.
     */
    static final long HELD_MILLIS = 120_000;

    /** The session attribute holding the caller's roles and permissions with their version. */
    private static final String SESSION_KEY = AccountRealm.class.getName() + ".authorization";

    public AccountRealm() {
        super(new PasswordMatcher());
        setName("accounts");
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String email = EmailAddress.normalise(credentials.getUsername());
        AccountDirectory directory = directory();
        if (email == null || email.isEmpty()) {
            throw DecoyPassword.spendTheSameWork(credentials, new UnknownAccountException());
        }
        if (directory.lockedUntil(email).isPresent()) {
            throw DecoyPassword.spendTheSameWork(credentials, new LockedAccountException("Sign-in is paused for " + email));
        }
        // An account whose email was never confirmed is refused like an unknown one, with the same work.
        Account account = directory.findByEmail(email).filter(Account::isConfirmed)
                .orElseThrow(() -> DecoyPassword.spendTheSameWork(credentials, new UnknownAccountException()));
        return new SimpleAuthenticationInfo(new AccountPrincipal(account.getId(), account.getEmail()),
                account.getPasswordHash(), getName());
    }

    /**
     * The caller's roles and permissions. Within a request they are kept in Shiro's thread state (which the Shiro
     * filter restores when the request ends); between requests, in the caller's session under the version
     * {@link AuthorizationVersions} gave before they were read. A change to the account or to a hospital's members
     * gives a new version once committed, so the next request on any node reads them again and a revoked role or
     * membership still takes effect at once. Without this a page read the account and its hospital memberships on
     * every request; a request without a session (the API) reads them once per request.
     */
    @Override
    protected AuthorizationInfo getAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal principal = principals == null ? null : principals.oneByType(AccountPrincipal.class);
        if (principal == null) {
            return super.getAuthorizationInfo(principals);
        }
        String key = AUTHORIZATION_KEY + principal.accountId();
        if (ThreadContext.get(key) instanceof AuthorizationInfo cached) {
            return cached;
        }
        Session session = sessionOf(principals);
        String version = session == null ? null : currentVersion(principal.accountId());
        AuthorizationInfo info;
        if (version == null) {
            info = super.getAuthorizationInfo(principals);
        } else if (session.getAttribute(SESSION_KEY) instanceof HeldAuthorization held
                && held.accountId() == principal.accountId() && held.version().equals(version)
                && System.currentTimeMillis() - held.readAtMillis() < HELD_MILLIS) {
            info = held.info();
        } else {
            info = super.getAuthorizationInfo(principals);
            // Kept under the version read before loading: a change committed meanwhile has a newer one.
            session.setAttribute(SESSION_KEY,
                    new HeldAuthorization(principal.accountId(), version, System.currentTimeMillis(), info));
        }
        ThreadContext.put(key, info);
        return info;
    }

    /** The account's authorization version, or null when the Data Grid cannot say (then nothing is kept). */
    private static String currentVersion(long accountId) {
        try {
            return versions().current(accountId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No authorization version for account " + accountId + "; reading its roles afresh", e);
            return null;
        }
    }

    /** The session of the request's subject when these are its principals and it has one; else null. */
    private static Session sessionOf(PrincipalCollection principals) {
        Subject subject = ThreadContext.getSubject();
        if (subject == null || !principals.equals(subject.getPrincipals())) {
            return null;
        }
        try {
            return subject.getSession(false);
        } catch (RuntimeException e) {
            // No session may be made here (the API's noSessionCreation), or it has just ended.
            return null;
        }
    }

    /** An account's roles and permissions as read under a version (kept in its session, so Serializable). */
    record HeldAuthorization(long accountId, String version, long readAtMillis, AuthorizationInfo info)
            implements java.io.Serializable {
    }

    /** An account's roles and permissions, with the display name read with them (for the page's menu). */
    private static final class AccountAuthorization extends SimpleAuthorizationInfo {
        private static final long serialVersionUID = 1L;
        private String displayName;
    }

    /**
     * The display name of the account read for this request's authorisation, if it has been read: pages show it
     * without reading the account again.
     */
    public static java.util.Optional<String> displayNameRead(long accountId) {
        return ThreadContext.get(AUTHORIZATION_KEY + accountId) instanceof AccountAuthorization read
                ? java.util.Optional.ofNullable(read.displayName) : java.util.Optional.empty();
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
        AccountAuthorization info = new AccountAuthorization();
        if (principal != null) {
            AccountDirectory directory = directory();
            directory.findById(principal.accountId()).ifPresent(account -> {
                info.displayName = account.getDisplayName();
                info.setRoles(account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
                Set<String> permissions = new HashSet<>(account.permissions());
                // Hospital data is per hospital: members get instance permissions for their own hospital only,
                // and only while they hold the matching role.
                for (Object[] row : directory.hospitalMemberships(account.getId())) {
                    long hospitalId = (Long) row[0];
                    Membership membership = (Membership) row[1];
                    if (membership == Membership.ADMIN && account.holds(Role.HOSPITAL_ADMIN)) {
                        permissions.add(Permissions.hospitalEdit(hospitalId));
                        permissions.add(Permissions.hospitalRead(hospitalId));
                    } else if (membership == Membership.BOARD && account.holds(Role.BOARD_VIEWER)) {
                        permissions.add(Permissions.hospitalRead(hospitalId));
                    }
                }
                // Resolved once here rather than at every check (Shiro parses string permissions on each one).
                info.setObjectPermissions(permissions.stream().map(WildcardPermission::new)
                        .collect(Collectors.<org.apache.shiro.authz.Permission>toSet()));
            });
        }
        return info;
    }

    @Override
    protected Object getAuthorizationCacheKey(PrincipalCollection principals) {
        return principals.oneByType(AccountPrincipal.class);
    }

    /** Looked up once per request that reads the versions (at most once: the thread state keeps the answer). */
    private static AuthorizationVersions versions() {
        return CDI.current().select(AuthorizationVersions.class).get();
    }

    private static AccountDirectory directory() {
        return CDI.current().select(AccountDirectory.class).get();
    }
}
