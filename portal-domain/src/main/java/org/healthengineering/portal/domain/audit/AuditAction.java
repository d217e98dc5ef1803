package org.healthengineering.portal.domain.audit;

/** What can happen that the audit trail records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED_LOCKED,
    SIGNED_OUT,
    ACCOUNT_REGISTERED,
    ACCOUNT_PROVISIONED,
    PASSWORD_CHANGED,
    ROLES_CHANGED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    CPD_ACTIVITY_LOGGED,
    CPD_ACTIVITY_REVISED,
    CPD_ACTIVITY_DELETED,
    DEMO_DATA_LOADED
}
