/**
 * How ready an engineer is for a role: each requirement judged met, partly met or not met with its reason, an
 * overall figure, and the gaps to close. Pure computation over facts the service loads in a fixed number of
 * queries.
 */
package org.healthengineering.portal.domain.readiness;
