/** CPD use cases: an engineer logs, revises, lists and deletes their own activities and sees their totals. */
package org.healthengineering.portal.application.cpd;
