/** Qualification use cases: the catalogue, the qualifications an engineer records, and their verification. */
package org.healthengineering.portal.application.qualification;
