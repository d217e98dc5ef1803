/**
 * The CPD audit's pages: the audit desk (a body's campaigns, an assessor's cases, an engineer's own cases), a
 * campaign with its dashboard and cases, the registrant's case, and an assessor's grading of a frozen profile.
 */
package org.healthengineering.portal.web.view.cpdaudit;
