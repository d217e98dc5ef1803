package org.healthengineering.portal.domain.qualification;

/** The kinds of qualification role profiles ask for. */
public enum QualificationKind {
    DEGREE("Degree"),
    PROFESSIONAL_REGISTRATION("Professional registration (EngTech, IEng, CEng)"),
    HCPC_REGISTRATION("HCPC registration"),
    RCT_AHCS_REGISTRATION("RCT / AHCS registration"),
    CERTIFICATE("Certificate"),
    MEMBERSHIP("Membership");

    private final String label;

    QualificationKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
