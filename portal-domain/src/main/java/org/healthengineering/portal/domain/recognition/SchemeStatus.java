package org.healthengineering.portal.domain.recognition;

/** Where a recognition scheme stands: a draft the body prepares, open to applications, or closed to new ones. */
public enum SchemeStatus {
    DRAFT("Draft"),
    OPEN("Open to applications"),
    CLOSED("Closed to new applications");

    private final String label;

    SchemeStatus(String label) {
        this.label = label;
    }

    /** The status as people read it. */
    public String getLabel() {
        return label;
    }
}
