/** Backing beans of the pages under {@code /hospitals}. */
package org.healthengineering.portal.web.view.hospitals;
