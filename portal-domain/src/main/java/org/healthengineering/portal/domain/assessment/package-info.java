/**
 * What engineers (and later mentors and assessors) say about an engineer's level in a competency, kept as an
 * append-only history, and the engineer's profile facts that role readiness needs.
 */
package org.healthengineering.portal.domain.assessment;
