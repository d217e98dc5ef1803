/**
 * CPD audit by random sample (issue 11): a body's audit campaigns, the reproducible selection of registrants,
 * their CPD profiles and the assessors' grades. Named {@code cpdaudit} because {@code audit} is the portal's audit
 * trail.
 */
package org.healthengineering.portal.domain.cpdaudit;
