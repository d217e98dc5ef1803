/** Use cases for mentoring and for verifying engineers' competencies. */
package org.healthengineering.portal.application.mentoring;
