/**
 * The REST API under {@code /api/v1}: thin resources over the use-case services, JSON-B bodies, the public
 * JSON contract types, stateless authentication (HTTP Basic or Bearer tokens) and RFC 9457 problem documents.
 */
package org.healthengineering.portal.web.api;
