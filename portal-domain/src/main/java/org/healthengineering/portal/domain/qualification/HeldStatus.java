package org.healthengineering.portal.domain.qualification;

/** Where a qualification an engineer holds stands today. */
public enum HeldStatus {
    UNVERIFIED, VERIFIED, EXPIRED;

    /** Whether it counts towards a role's qualification rules (an unverified one counts, and says so). */
    public boolean counts() {
        return this != EXPIRED;
    }
}
