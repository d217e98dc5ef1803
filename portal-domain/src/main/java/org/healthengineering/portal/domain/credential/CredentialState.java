package org.healthengineering.portal.domain.credential;

/** Where an issued credential stands, as its status lists publish it. */
public enum CredentialState {
    ACTIVE, SUSPENDED, REVOKED
}
