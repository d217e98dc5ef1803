package org.healthengineering.portal.domain.benchmark;

/**
 * A hospital in a peer group, with what its metrics need besides staffing totals.
 *
 * @param named whether the hospital consents to be named in comparisons
 */
public record Peer(long hospitalId, String name, boolean named, int beds, int medicalDevices,
                   boolean engineeringLeadPost, Integer parityScore) {
}
