package org.healthengineering.portal.domain.leadership;

/** Decisions a post may take on its own authority. */
public enum DecisionPower {
    PROCUREMENT_SIGN_OFF("Procurement sign-off"),
    DEVICE_SAFETY_VETO("Medical device safety veto"),
    CAPITAL_PLANNING("Capital planning"),
    INCIDENT_INVESTIGATION_LEAD("Leads incident investigations"),
    POLICY_APPROVAL("Policy approval"),
    STAFFING_DECISIONS("Staffing decisions");

    private final String label;

    DecisionPower(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
