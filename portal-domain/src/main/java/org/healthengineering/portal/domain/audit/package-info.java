/**
 * The audit trail: an append-only record of who did what and when, written in the same transaction as the
 * change it describes.
 */
package org.healthengineering.portal.domain.audit;
