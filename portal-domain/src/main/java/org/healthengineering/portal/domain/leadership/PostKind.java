package org.healthengineering.portal.domain.leadership;

/** What a leadership post is; the parity scorecard compares the engineering lead with the three clinical chiefs. */
public enum PostKind {
    CHIEF_HEALTHCARE_ENGINEER("Chief Healthcare Engineer / head of engineering"),
    HEAD_OF_SURGERY("Head of Surgery"),
    CHIEF_NURSE("Chief Nurse"),
    CHIEF_PHARMACIST("Chief Pharmacist"),
    MEDICAL_DIRECTOR("Medical Director"),
    CHIEF_EXECUTIVE("Chief Executive"),
    OTHER("Other");

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isClinicalChief() {
        return this == HEAD_OF_SURGERY || this == CHIEF_NURSE || this == CHIEF_PHARMACIST;
    }
}
