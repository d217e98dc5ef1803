/** Backing beans of the pages under {@code /cpd}. */
package org.healthengineering.portal.web.view.cpd;
