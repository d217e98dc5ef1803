package org.healthengineering.portal.domain.account;

/**
 * The permission strings services check, in Shiro's {@code domain:action[:instance]} form. Roles grant them
 * (see {@link Role}); every signed-in account also holds {@link #OWN_ACCOUNT}.
 */
public final class Permissions {

    /** Change one's own password and API tokens, read one's own account. */
    public static final String OWN_ACCOUNT = "account:self";
    /** Log, revise and delete one's own CPD activities. */
    public static final String CPD_LOG = "cpd:log";
    /** List accounts and grant or revoke roles. */
    public static final String ACCOUNT_MANAGE = "account:manage";
    /** Read the audit trail. */
    public static final String AUDIT_READ = "audit:read";

    private Permissions() {
    }
}
