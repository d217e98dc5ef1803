/**
 * Mentoring: mentors' published profiles, the ranking of mentors against an engineer's gaps, and relationships
 * (request → active or declined → closed) with goals, meetings (shared and private notes) and actions.
 */
package org.healthengineering.portal.domain.mentoring;
