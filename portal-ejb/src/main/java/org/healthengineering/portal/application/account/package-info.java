/**
 * Account use cases: registering, one's own account (password, API tokens), administering accounts and roles,
 * and the directory the realms use to sign people in.
 */
package org.healthengineering.portal.application.account;
