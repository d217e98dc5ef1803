/**
 * Professional recognition, the Engineering Council way: a body's {@link
 * org.healthengineering.portal.domain.recognition.RecognitionScheme schemes} (the areas of competence assessed, the
 * eligibility criteria, the evidence and referees asked, whether an interview is held, how long an award lasts),
 * an engineer's {@link org.healthengineering.portal.domain.recognition.RecognitionApplication application} with
 * its statements, evidence, referees, reviews per round, interview, the panel's decision and the appeal, and the
 * public {@link org.healthengineering.portal.domain.recognition.RegisterEntry register} of awards. The rules live in
 * the two aggregates; a service loads one, checks who is asking, calls one method and records it in the audit
 * trail.
 */
package org.healthengineering.portal.domain.recognition;
