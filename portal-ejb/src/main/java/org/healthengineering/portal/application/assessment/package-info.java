/** Self-assessment of competencies (with history and evidence) and the engineer's profile. */
package org.healthengineering.portal.application.assessment;
