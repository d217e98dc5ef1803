/** The web layer: Faces backing beans, REST resources, Shiro filters and the health check. No business rules. */
package org.healthengineering.portal.web;
