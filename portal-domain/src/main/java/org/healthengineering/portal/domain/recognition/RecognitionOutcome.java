package org.healthengineering.portal.domain.recognition;

/**
 * What a reviewer or an interview panel recommends, and what the panel decides: award the recognition, defer it
 * (with development feedback: what to do before applying again) or refuse it (with the reasons).
 */
public enum RecognitionOutcome {
    AWARD("Award"),
    DEFER("Defer, with development feedback"),
    REFUSE("Refuse");

    private final String label;

    RecognitionOutcome(String label) {
        this.label = label;
    }

    /** The state an application takes when the panel decides this. */
    public ApplicationState state() {
        return switch (this) {
            case AWARD -> ApplicationState.AWARDED;
            case DEFER -> ApplicationState.DEFERRED;
            case REFUSE -> ApplicationState.REFUSED;
        };
    }

    /** The outcome as people read it. */
    public String getLabel() {
        return label;
    }
}
