/** Use cases for hospitals' quarterly staffing returns: by form, JSON or CSV, kept as revisions. */
package org.healthengineering.portal.application.staffing;
