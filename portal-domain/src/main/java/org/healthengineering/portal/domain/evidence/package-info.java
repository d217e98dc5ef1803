/** Evidence files attached to CPD activities: accepted by what their content is, kept in the database. */
package org.healthengineering.portal.domain.evidence;
