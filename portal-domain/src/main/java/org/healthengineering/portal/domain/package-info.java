/**
 * The portal's domain model: one package per aggregate, entities that carry their own rules, and small value
 * objects. Nothing here knows about pages, REST or the container beyond JPA mappings.
 */
package org.healthengineering.portal.domain;
