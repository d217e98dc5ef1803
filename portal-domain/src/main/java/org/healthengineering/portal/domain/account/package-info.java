/**
 * Accounts: who someone is on the portal, the roles they hold and what those roles permit, their personal API
 * tokens, and the sign-in rules (password policy, lock-out after repeated failures).
 */
package org.healthengineering.portal.domain.account;
