/**
 * Use-case services: {@code @Stateless} beans named after what a user does, each the transaction and
 * permission boundary for its use cases. Also the start-up (migrations, first administrator, demo data) and
 * the Shiro realms.
 */
package org.healthengineering.portal.application;
