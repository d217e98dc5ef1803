/**
 * CPD reminders: the pure rules that decide, for one engineer on one day, which reminders are due (a cycle ending
 * with its requirements unmet, three months without CPD, an objective due, a reflection a body requires missing).
 */
package org.healthengineering.portal.domain.reminder;
