/** Readiness of the signed-in engineer for every role profile, loaded in a fixed number of queries. */
package org.healthengineering.portal.application.readiness;
