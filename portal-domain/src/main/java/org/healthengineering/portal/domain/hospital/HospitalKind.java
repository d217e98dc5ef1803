package org.healthengineering.portal.domain.hospital;

/** The kind of organisation, used for peer groups. */
public enum HospitalKind {
    ACUTE("Acute"), COMMUNITY("Community"), MENTAL_HEALTH("Mental health"), SPECIALIST("Specialist"),
    SOCIAL_CARE_PROVIDER("Social care provider");

    private final String label;

    HospitalKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
