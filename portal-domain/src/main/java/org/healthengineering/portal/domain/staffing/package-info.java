/**
 * Quarterly staffing returns: per staff group, establishment, in-post, vacant and agency FTE, leavers and
 * headcount by age band. A correction is a new revision; earlier revisions stay.
 */
package org.healthengineering.portal.domain.staffing;
