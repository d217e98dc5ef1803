package org.healthengineering.portal.domain.benchmark;

/** Which hospitals a hospital is compared with. Every group includes the hospital itself. */
public enum PeerGroup {
    KIND("Same kind of organisation"),
    SIZE("Same size band (beds)"),
    REGION("Same region"),
    NATIONAL("All hospitals"),
    CUSTOM("My peers (the hospital's saved list)");

    private final String label;

    PeerGroup(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
