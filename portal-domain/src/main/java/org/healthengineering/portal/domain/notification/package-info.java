/** Notifications to an account: kept for the page's list and, when mail is configured, also sent by email. */
package org.healthengineering.portal.domain.notification;
