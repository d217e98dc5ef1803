package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.QuarterTotals;

/**
 * What one hospital's metrics for one quarter are computed from.
 *
 * @param totals              the quarter's staffing totals, or null when the hospital made no return
 * @param beds                beds (0 for organisations without beds)
 * @param medicalDevices      medical devices in inventory
 * @param engineeringLeadPost whether a Chief Healthcare Engineer / head of engineering post is recorded
 * @param parityScore         the overall parity score, or null when it cannot be computed
 */
public record MetricInputs(QuarterTotals totals, int beds, int medicalDevices, boolean engineeringLeadPost,
                           Integer parityScore) {
}
