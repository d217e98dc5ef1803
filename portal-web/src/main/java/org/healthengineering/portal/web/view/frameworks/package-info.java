/** Backing beans of the pages under {@code /frameworks}. */
package org.healthengineering.portal.web.view.frameworks;
