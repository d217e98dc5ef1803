/**
 * Framework use cases: reading published frameworks, editing drafts, the lifecycle (publish, retire, new
 * version), cross-walks, and importing and exporting whole frameworks as 1EdTech CASE packages or CSV.
 */
package org.healthengineering.portal.application.framework;
