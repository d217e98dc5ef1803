/** MicroProfile Health checks, served by Payara at {@code /health}. */
package org.healthengineering.portal.web.health;
