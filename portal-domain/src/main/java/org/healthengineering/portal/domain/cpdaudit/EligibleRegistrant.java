package org.healthengineering.portal.domain.cpdaudit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One registrant on a campaign's eligible list as it stood at the selection: stratum, and not engaged last time. */
@Embeddable
public class EligibleRegistrant {

    public static final int STRATUM_LENGTH = 60;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "stratum", nullable = false, length = STRATUM_LENGTH)
    private String stratum;

    @Column(name = "not_engaged_before", nullable = false)
    private boolean notEngagedBefore;

    protected EligibleRegistrant() {
    }

    public EligibleRegistrant(long accountId, String stratum, boolean notEngagedBefore) {
        this.accountId = accountId;
        this.stratum = Objects.requireNonNull(stratum, "stratum");
        this.notEngagedBefore = notEngagedBefore;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getStratum() {
        return stratum;
    }

    public boolean isNotEngagedBefore() {
        return notEngagedBefore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibleRegistrant other && accountId == other.accountId && stratum.equals(other.stratum)
                && notEngagedBefore == other.notEngagedBefore;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, stratum, notEngagedBefore);
    }
}
