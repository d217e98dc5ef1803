/** The qualifications catalogue (degrees, registrations, certificates, memberships) and what engineers hold. */
package org.healthengineering.portal.domain.qualification;
