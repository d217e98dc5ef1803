/**
 * Who is calling: Shiro realms for passwords and API tokens, the sign-in listener that applies lock-out and
 * audits every attempt, and {@link org.healthengineering.portal.application.security.Caller}, which services
 * ask for the caller's identity and permissions.
 */
package org.healthengineering.portal.application.security;
