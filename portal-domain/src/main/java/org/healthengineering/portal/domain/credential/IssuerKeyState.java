package org.healthengineering.portal.domain.credential;

/**
 * Where an issuer's key stands: the active key signs new credentials; a retired one signs nothing more but still
 * verifies what it signed; a compromised one is published as such, and what it signed no longer verifies.
 */
public enum IssuerKeyState {
    ACTIVE, RETIRED, COMPROMISED
}
