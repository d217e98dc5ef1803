/**
 * Reference data that rarely changes (role profiles with their requirements and rules, the qualification catalogue,
 * published frameworks and their cross-walks, professional bodies), read from a snapshot each node keeps and checks
 * against a version held in JCache on Payara's Data Grid; a committed change to any of it gives its catalogue a new
 * version, so every node reads it afresh on its next request.
 */
package org.healthengineering.portal.application.reference;
