package org.healthengineering.portal.domain.framework;

/** A framework's life: edited as a draft, immutable once published, kept for history when retired. */
public enum FrameworkStatus {
    DRAFT("Draft"), PUBLISHED("Published"), RETIRED("Retired");

    private final String label;

    FrameworkStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The status inside a sentence: "draft", "published", "retired". */
    public String inSentence() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }
}
