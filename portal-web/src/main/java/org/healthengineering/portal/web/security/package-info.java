/** Shiro filters for pages. */
package org.healthengineering.portal.web.security;
