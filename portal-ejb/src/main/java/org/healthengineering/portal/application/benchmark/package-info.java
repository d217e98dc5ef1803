/** Use cases for benchmarking hospitals against peer groups, and the national workforce view. */
package org.healthengineering.portal.application.benchmark;
