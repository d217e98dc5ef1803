/**
 * Hospital use cases: creating hospitals and assigning their administrators and board viewers (system
 * administrators), keeping a hospital's details and leadership structure (its administrators), and reading
 * them with the parity scorecard (its administrators and board viewers). Another hospital's data is never
 * visible: it answers "not found".
 */
package org.healthengineering.portal.application.hospital;
