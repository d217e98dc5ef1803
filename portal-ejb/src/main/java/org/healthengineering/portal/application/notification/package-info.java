/** Notifications: the list on the page, and email through Jakarta Mail when SMTP is configured. */
package org.healthengineering.portal.application.notification;
