package org.healthengineering.portal.domain.staffing;

/** The staff groups a staffing return counts; every return has one line for each. */
public enum StaffGroup {
    CLINICAL_ENGINEER("Clinical engineers", Side.ENGINEER),
    CLINICAL_TECHNOLOGIST("Clinical technologists", Side.TECHNICIAN),
    PATIENT_ENABLEMENT_ENGINEER("Patient-enablement engineers", Side.ENGINEER),
    PATIENT_ENABLEMENT_TECHNICIAN("Patient-enablement technicians", Side.TECHNICIAN),
    APPRENTICE_TRAINEE("Apprentices and trainees", Side.NEITHER),
    MANAGER("Managers", Side.NEITHER);

    /** Which side of the technicians-per-engineer ratio a group counts on. */
    public enum Side { ENGINEER, TECHNICIAN, NEITHER }

    private final String label;
    private final Side side;

    StaffGroup(String label, Side side) {
        this.label = label;
        this.side = side;
    }

    public String getLabel() {
        return label;
    }

    public Side getSide() {
        return side;
    }
}
