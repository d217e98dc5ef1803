/** Backing beans of the engineer's competence pages: self-assessment, profile and qualifications, readiness. */
package org.healthengineering.portal.web.view.competence;
