package org.healthengineering.portal.domain.role;

/** How a qualification rule combines its options. */
public enum RuleKind {
    /** Every option. */
    ALL,
    /** At least one option. */
    ANY,
    /** At least {@code minCount} options. */
    AT_LEAST
}
