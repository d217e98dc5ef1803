/** Hospitals and the accounts that administer or view each one (and nothing else). */
package org.healthengineering.portal.domain.hospital;
