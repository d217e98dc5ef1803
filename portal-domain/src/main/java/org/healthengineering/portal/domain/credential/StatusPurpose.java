package org.healthengineering.portal.domain.credential;

import java.util.Locale;

/** What a status list's set entries mean: revoked for good, or suspended until reinstated. */
public enum StatusPurpose {
    REVOCATION, SUSPENSION;

    /** The {@code statusPurpose} value of the Bitstring Status List specification. */
    public String term() {
        return name().toLowerCase(Locale.ROOT);
    }
}
