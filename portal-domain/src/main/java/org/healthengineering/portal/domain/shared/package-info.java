/**
 * Building blocks shared by every aggregate: field problems, business exceptions, persistence converters, and the
 * one CSV format every import and export uses.
 */
package org.healthengineering.portal.domain.shared;
