/** Backing beans of the system administrator's pages under {@code /admin}. */
package org.healthengineering.portal.web.view.admin;
