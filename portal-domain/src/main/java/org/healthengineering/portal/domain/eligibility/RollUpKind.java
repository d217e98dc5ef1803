package org.healthengineering.portal.domain.eligibility;

/** How a parent competency is reached from its sub-competencies: see {@link RollUpRule}. */
public enum RollUpKind {
    /** Reached at a level when every sub-competency is reached at that level or above. */
    ALL_CHILDREN,
    /** Reached at a level when at least a threshold of its sub-competencies are (one point each). */
    POINTS
}
