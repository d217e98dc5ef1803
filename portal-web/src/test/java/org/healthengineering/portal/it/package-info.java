/**
 * Integration tests: the real WAR on Payara Micro (Arquillian) against a real MariaDB with the real
 * migrations, driven through services, the REST API and headless Chromium.
 */
package org.healthengineering.portal.it;
