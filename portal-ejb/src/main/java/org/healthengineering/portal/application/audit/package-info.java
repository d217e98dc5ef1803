/** Writing the audit trail (an observer inside the caller's transaction) and reading it (system administrators). */
package org.healthengineering.portal.application.audit;
