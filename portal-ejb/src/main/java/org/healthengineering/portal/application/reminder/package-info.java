/**
 * CPD reminders: the daily job (and its on-demand run for system administrators) that sends each engineer the
 * reminders that are due, once per subject, to the notification list and by mail.
 */
package org.healthengineering.portal.application.reminder;
