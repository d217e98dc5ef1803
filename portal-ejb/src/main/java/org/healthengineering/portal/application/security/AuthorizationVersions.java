package org.healthengineering.portal.application.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.healthengineering.portal.application.AfterCommit;
import org.healthengineering.portal.application.GridVersions;

import javax.cache.Cache;
import javax.cache.CacheManager;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The version of what a signed-in account may do, in JCache on Payara's Data Grid, shared by every node: one entry
 * per account (its roles and name) and one for hospital memberships. {@link AccountRealm} keeps an account's roles
 * and permissions in its session under the version it read before loading them, and loads them again whenever the
 * version differs, so a page no longer reads the account and its memberships on every request while a revoked role
 * or membership still takes effect at the next request on any node. Writes are seen by
 * {@link AuthorizationChangeListener}; a version is renewed once the writing transaction commits. A lost entry is
 * replaced by a new version, which only means one more load.
 */
@ApplicationScoped
public class AuthorizationVersions {

    private static final Logger LOG = Logger.getLogger(AuthorizationVersions.class.getName());

    static final String CACHE = "portal-authorization-versions";

    private static final String MEMBERSHIPS = "memberships";

    @Inject
    CacheManager caches;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Cache<String, String> versions;

    @PostConstruct
    void open() {
        versions = GridVersions.open(caches, CACHE);
    }

    /** The version of the account's roles, name and memberships; read it before reading them. */
    public String current(long accountId) {
        return version(key(accountId)) + "/" + version(MEMBERSHIPS);
    }

    /** The account's roles or name change in the current transaction: a new version once it commits. */
    public void accountChanged(long accountId) {
        renewAfterCommit(key(accountId));
    }

    /** A hospital's members change in the current transaction: every account's version, once it commits. */
    public void membershipsChanged() {
        renewAfterCommit(MEMBERSHIPS);
    }

    private static String key(long accountId) {
        return "account:" + accountId;
    }

    private String version(String key) {
        return GridVersions.current(versions, key);
    }

    private void renewAfterCommit(String key) {
        AfterCommit.once(transactions, new Renewal(key), true, () -> renew(key));
    }

    /** The key under which a transaction remembers that a version is to be renewed. */
    private record Renewal(String key) {
    }

    private void renew(String key) {
        try {
            versions.put(key, UUID.randomUUID().toString());
        } catch (RuntimeException e) {
            // Without a new version another node could keep the old roles: drop the entry instead, if that works.
            LOG.log(Level.SEVERE, "Could not renew the authorization version " + key, e);
            try {
                versions.remove(key);
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Could not drop the authorization version " + key, again);
            }
        }
    }
}
