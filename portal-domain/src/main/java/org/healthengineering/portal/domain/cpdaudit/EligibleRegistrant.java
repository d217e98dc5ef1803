package org.healthengineering.portal.domain.cpdaudit;

import java.util.Objects;

/** One registrant on a campaign's eligible list as it stood at the selection: stratum, and not engaged last time. */
public record EligibleRegistrant(long accountId, String stratum, boolean notEngagedBefore) {

    public static final int STRATUM_LENGTH = 60;

    public EligibleRegistrant {
        Objects.requireNonNull(stratum, "stratum");
    }
}
