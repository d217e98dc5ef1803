/** Building blocks shared by every aggregate: field problems, business exceptions and persistence converters. */
package org.healthengineering.portal.domain.shared;
