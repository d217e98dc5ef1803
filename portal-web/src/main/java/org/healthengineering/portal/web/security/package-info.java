/**
 * What every request and answer passes through: Shiro's sign-in redirect for pages, the response headers, the
 * origin check of state-changing requests, and encoding for script contexts.
 */
package org.healthengineering.portal.web.security;
