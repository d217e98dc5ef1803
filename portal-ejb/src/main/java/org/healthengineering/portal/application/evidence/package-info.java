/**
 * An engineer's own records as evidence for applications (issue 12): shared by vacancies and recognition.
 */
package org.healthengineering.portal.application.evidence;
