package org.healthengineering.portal.domain.framework;

import java.io.Serializable;

/**
 * One thing wrong with a framework file.
 *
 * @param where the row (CSV) or identifier (CASE) the problem is in, or "document"
 * @param what  what is wrong
 */
public record PackageProblem(String where, String what) implements Serializable {

    /** A problem is always reported somewhere: one with no place of its own is about the whole document. */
    public PackageProblem {
        where = where == null ? "document" : where;
    }
}
