/**
 * Bringing the portal up: checking the database settings, applying Flyway migrations before anything touches
 * the data, creating the first system administrator, and loading demo data when asked for.
 */
package org.healthengineering.portal.application.startup;
