/**
 * Benchmarking a hospital against its peers: the metrics, peer groups, quartiles, rank, outliers, trends and the
 * small-number suppression that keeps any single hospital from being exposed without its consent. Pure
 * computation over figures the application reads; nothing here touches the database.
 */
package org.healthengineering.portal.domain.benchmark;
