/**
 * Framework use cases: reading published frameworks, editing drafts, the lifecycle (publish, retire, new
 * version), cross-walks, roll-up rules, and importing and exporting whole frameworks as 1EdTech CASE packages or
 * CSV; and the outline of competencies (names and roll-up rules) that readiness and eligibility judge by.
 */
package org.healthengineering.portal.application.framework;
