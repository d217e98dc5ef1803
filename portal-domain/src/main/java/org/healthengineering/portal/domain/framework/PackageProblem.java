package org.healthengineering.portal.domain.framework;

/**
 * One thing wrong with a framework file.
 *
 * @param where the row (CSV) or identifier (CASE) the problem is in, or "document"
 * @param what  what is wrong
 */
public record PackageProblem(String where, String what) {
}
