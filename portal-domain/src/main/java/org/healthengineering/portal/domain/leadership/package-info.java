/**
 * A hospital's leadership structure: posts with their authority (board seat, budget, decision powers, level of
 * responsibility) and reporting lines, and the parity scorecard that compares the engineering lead with the
 * clinical chiefs.
 */
package org.healthengineering.portal.domain.leadership;
