/**
 * Training accreditation (issue 11): providers, the courses they submit to a body, its review and decision, and
 * the completions that become verified CPD.
 */
package org.healthengineering.portal.domain.accreditation;
