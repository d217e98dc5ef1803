package org.healthengineering.portal.domain.cpd;

/** The kinds of CPD activity professional bodies ask registrants to mix. */
public enum ActivityType {
    FORMAL_LEARNING("Formal learning"),
    WORK_BASED_LEARNING("Work-based learning"),
    SELF_DIRECTED_LEARNING("Self-directed learning"),
    PROFESSIONAL_ACTIVITY("Professional activity"),
    OTHER("Other");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
