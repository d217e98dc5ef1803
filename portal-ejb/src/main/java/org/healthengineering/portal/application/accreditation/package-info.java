/** Training accreditation: providers, their courses and completions (issue 11). */
package org.healthengineering.portal.application.accreditation;
