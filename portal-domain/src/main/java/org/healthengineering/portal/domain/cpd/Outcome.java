package org.healthengineering.portal.domain.cpd;

/** Did an objective achieve what the engineer wanted? */
public enum Outcome {
    ACHIEVED("Achieved"), PARTLY_ACHIEVED("Partly achieved"), NOT_ACHIEVED("Not achieved");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
