/**
 * Competency frameworks: versioned trees of competencies (draft, published, retired) with a proficiency scale,
 * cross-walks between frameworks, and the interchange model that CASE and CSV files are read into and written
 * from.
 */
package org.healthengineering.portal.domain.framework;
