/**
 * The home page's judgements, kept pure so they can be tested by hand: the status of a CPD cycle against its
 * body's requirements for the time gone ({@link org.healthengineering.portal.domain.home.CycleStatus}), the next
 * steps that would raise readiness for a role most ({@link org.healthengineering.portal.domain.home.NextStep}),
 * the metrics where a hospital sits furthest from its peers' median
 * ({@link org.healthengineering.portal.domain.home.MetricDeviation}), and the role an engineer chose to watch
 * ({@link org.healthengineering.portal.domain.home.TargetRole}).
 */
package org.healthengineering.portal.domain.home;
