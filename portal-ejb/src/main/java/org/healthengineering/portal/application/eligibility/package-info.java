/**
 * The eligibility engine's service side: {@link org.healthengineering.portal.application.eligibility.Eligibility}
 * loads what the portal knows about an engineer in a fixed number of statements, however many criteria are judged,
 * and words the findings with the names of the records they rest on.
 */
package org.healthengineering.portal.application.eligibility;
