package org.healthengineering.portal.domain.framework;

/** How a competency relates to one in another framework (CASE {@code exactMatchOf} / {@code isRelatedTo}). */
public enum CrosswalkKind {
    /** The same competency: meeting one meets the other. */
    EXACT_MATCH("exactMatchOf"),
    /** Related, for information; does not count towards the other. */
    RELATED("isRelatedTo");

    private final String caseAssociationType;

    CrosswalkKind(String caseAssociationType) {
        this.caseAssociationType = caseAssociationType;
    }

    public String caseAssociationType() {
        return caseAssociationType;
    }

    public static java.util.Optional<CrosswalkKind> ofCase(String associationType) {
        for (CrosswalkKind kind : values()) {
            if (kind.caseAssociationType.equals(associationType)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
