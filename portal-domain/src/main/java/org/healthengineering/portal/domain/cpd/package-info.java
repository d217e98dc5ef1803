/**
 * Continuing professional development: the activities an engineer records, each with its dates, hours and a
 * three-part reflection, and the totals that tell whether the year is on track.
 */
package org.healthengineering.portal.domain.cpd;
